import Foundation

/// Who may sign in to the console: the part of sign-off that `StoreConsoleBackend` asks
/// before anything else.
///
/// Until sign-off is in the store (issue 4), a demo store signs in against the demo roster
/// (`FakeBackend`'s accounts, in memory) and any other store has nobody who can (`NoRoster`).
public protocol ConsoleSignIn: Sendable {
    /// Checks a name and passphrase; refuses with the reason a person can act on.
    func signIn(name: String, passphrase: SecretText) throws -> Session
}

extension FakeBackend: ConsoleSignIn {}

/// A store with no accounts yet: every sign-in is refused, saying why.
public struct NoRoster: ConsoleSignIn {
    public init() {}

    public func signIn(name: String, passphrase: SecretText) throws -> Session {
        throw ConsoleRefusal("this store has no administrators yet: accounts and sign-off arrive with `vigil init` (issue 4); `vigil demo` opens a demo store you can sign in to")
    }
}
