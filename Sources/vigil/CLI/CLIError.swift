import ArgumentParser
import Foundation
import VigilStore

/// An error a user can act on: the message names the thing and what was expected.
/// Exit codes: 1 refused or bad input, 2 usage, 3 integrity failure.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }

    /// Usage mistakes that the argument parser cannot see (e.g. two options that exclude each other).
    static func usage(_ message: String) -> CLIError { CLIError(message, exitCode: 2) }

    init(_ error: StoreError) {
        self.init("store \(error.description)", exitCode: error.kind == .corrupt ? 3 : 1)
    }
}

/// Reads a file the user named, with the system's reason when it cannot.
enum FileBytes {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(description: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(description: "is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(description: String(cString: strerror(errno)).lowercased())
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw ReadError(description: error.localizedDescription)
        }
    }
}
