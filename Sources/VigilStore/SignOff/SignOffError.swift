import VigilEngine

/// Why a sign-off operation did not happen. Every case but `integrity` is a refusal a person
/// can act on (exit 1); `integrity` means the store's tables or log were altered (exit 3).
/// In every case the store is as it was, except for what a refusal must record (a failed
/// sign-in, a lock), which is committed before the error is thrown.
public enum SignOffError: Error, Sendable, Equatable, CustomStringConvertible {
    case signIn(SignInRefusal)
    case workflow(WorkflowRefusal)
    /// A refusal of the store's own: no such comment or proposal, a duplicate proposal, a
    /// store with no roster yet.
    case refused(String)
    case integrity(String)

    public var isIntegrityFailure: Bool {
        switch self {
        case .integrity: true
        case .signIn(let r): r.isIntegrityFailure
        default: false
        }
    }

    public var description: String {
        switch self {
        case .signIn(let r): r.description
        case .workflow(let r): r.description
        case .refused(let m), .integrity(let m): m
        }
    }
}
