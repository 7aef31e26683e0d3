import ArgumentParser

/// A command whose operands are files, often thousands of them (`vigil import pages/*.json`).
protocol TakesManyFiles: ParsableCommand {
    var files: [String] { get set }
}

/// Parses a command line with thousands of file operands in linear time.
///
/// The argument parser copies a repeated argument's values and their origins once per value,
/// which is quadratic: 10,000 page files took 2.7 s of CPU before an import could start. So
/// each long run of plain operands is handed to it as its first element plus one placeholder,
/// and the placeholder is put back into the command's `files` afterwards. The first element
/// stays as it is because it may be an option's value (`--store PATH a.json b.json ...`).
/// Whenever the result is not exactly what a plain parse gives (an error, help, a command
/// without files, a placeholder not found), the command line is parsed again as it was.
enum ManyOperands {
    /// Runs shorter than this are left alone: the parser is fast enough for them.
    static let threshold = 64

    /// Cannot occur in a real argument: the kernel passes arguments as C strings.
    static let marker = "\u{0}vigil-operands:"

    static func parse<Root: ParsableCommand>(_ root: Root.Type, _ arguments: [String]) throws -> ParsableCommand {
        let (compacted, runs) = compact(arguments)
        guard !runs.isEmpty else { return try root.parseAsRoot(arguments) }
        if var command = try? root.parseAsRoot(compacted) as? any TakesManyFiles,
           let files = expand(command.files, runs: runs)
        {
            command.files = files
            return command
        }
        return try root.parseAsRoot(arguments)
    }

    /// The arguments with each run of more than `threshold` plain operands after its first
    /// replaced by one placeholder, and what each placeholder stands for.
    static func compact(_ arguments: [String]) -> (arguments: [String], runs: [[String]]) {
        var out: [String] = []
        var runs: [[String]] = []
        var i = 0
        while i < arguments.count {
            var end = i
            while end < arguments.count, isPlain(arguments[end]) { end += 1 }
            if end - i > threshold + 1 {
                out.append(arguments[i])
                out.append(marker + String(runs.count))
                runs.append(Array(arguments[(i + 1)..<end]))
                i = end
            } else {
                out.append(contentsOf: arguments[i..<max(end, i + 1)])
                i = max(end, i + 1)
            }
        }
        return (out, runs)
    }

    /// `files` with each placeholder replaced by its run; nil unless every placeholder
    /// appears exactly once, in order.
    static func expand(_ files: [String], runs: [[String]]) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(files.count + runs.reduce(0) { $0 + $1.count })
        var next = 0
        for file in files {
            if file.hasPrefix(marker) {
                guard file == marker + String(next) else { return nil }
                out.append(contentsOf: runs[next])
                next += 1
            } else {
                out.append(file)
            }
        }
        return next == runs.count ? out : nil
    }

    private static func isPlain(_ argument: String) -> Bool {
        !argument.hasPrefix("-") && !argument.hasPrefix(marker)
    }
}
