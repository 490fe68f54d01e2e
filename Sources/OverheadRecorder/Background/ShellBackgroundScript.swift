/// The bash program that runs one background worker of a shell library: it sources the library,
/// starts the function (once, or once per agent with the agent as first argument; built-in workers
/// get their interval in seconds as last argument), each in a subshell that first sleeps its phase
/// (built-in workers: as if the loop had been running all along, `BackgroundWorkerSpec.phases`)
/// and then waits for whatever the function left running in the background; says `ready` on
/// stdout and waits. A function that loops forever and one that starts its loop in the background
/// and returns both stay children of this process, so their CPU and memory are counted and ending
/// the tree ends them.
///
/// Arguments: `PER_AGENT(0|1) INTERVAL('' for none) NFILES FILE... NWORDS WORD... NPHASES PHASE... AGENT...`
/// (a phase in seconds per instance; none for user-given functions).
enum ShellBackgroundScript {
    static let text = #"""
        __ohb_per_agent=$1 __ohb_interval=$2 __ohb_n=$3
        shift 3
        __ohb_files=("${@:1:__ohb_n}")
        shift "$__ohb_n"
        __ohb_k=$1
        shift
        __ohb_words=("${@:1:__ohb_k}")
        shift "$__ohb_k"
        __ohb_p=$1
        shift
        __ohb_phases=("${@:1:__ohb_p}")
        shift "$__ohb_p"
        __ohb_agents=("$@")
        set --
        for __ohb_file in "${__ohb_files[@]}"; do
            builtin source "$__ohb_file" || { builtin printf 'source-failed\n'; builtin exit 3; }
        done
        set +e
        builtin declare -F "${__ohb_words[0]}" >/dev/null || { builtin printf 'missing\n'; builtin exit 4; }
        __ohb_extra=()
        [[ -n $__ohb_interval ]] && __ohb_extra=("$__ohb_interval")
        if [[ $__ohb_per_agent == 1 ]]; then
            __ohb_i=0
            for __ohb_agent in "${__ohb_agents[@]}"; do
                __ohb_phase=${__ohb_phases[__ohb_i]:-0}
                ( [[ $__ohb_phase == 0 ]] || sleep "$__ohb_phase"
                  "${__ohb_words[0]}" "$__ohb_agent" "${__ohb_words[@]:1}" "${__ohb_extra[@]}"; builtin wait ) </dev/null >/dev/null &
                __ohb_i=$((__ohb_i + 1))
            done
        else
            __ohb_phase=${__ohb_phases[0]:-0}
            ( [[ $__ohb_phase == 0 ]] || sleep "$__ohb_phase"
              "${__ohb_words[@]}" "${__ohb_extra[@]}"; builtin wait ) </dev/null >/dev/null &
        fi
        builtin printf 'ready\n'
        exec >/dev/null
        builtin wait
        """#
}
