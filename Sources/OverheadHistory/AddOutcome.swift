/// What adding a recording did.
public enum AddOutcome: Sendable, Equatable {
    case added(id: Int64)
    /// The same content is in the history already, under this id; nothing was written.
    case alreadyStored(id: Int64)
}
