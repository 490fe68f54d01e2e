#include "fenced_spin.h"

/// An execution fence: later instructions do not start until earlier ones have completed.
static inline void execution_fence(void) {
#if defined(__x86_64__) || defined(__i386__)
    __asm__ volatile("lfence" ::: "memory");
#elif defined(__aarch64__)
    __asm__ volatile("isb" ::: "memory");
#else
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
#endif
}

uint64_t overhead_fenced_spin(uint64_t steps, uint64_t seed) {
    execution_fence();
    uint64_t x = seed;
    for (uint64_t i = 0; i < steps; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        // Keeps the compiler from folding the chain into a closed form.
        __asm__ volatile("" : "+r"(x));
    }
    execution_fence();
    return x;
}
