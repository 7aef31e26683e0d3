// swift-tools-version:6.0
// Vigil: a terminal moderation console for a school's official social media.
// Layout and dependency direction: ../shared/DESIGN.md (vigil -> VigilConsole -> VigilStore -> VigilEngine).
import PackageDescription

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
    ],
    dependencies: [
        // Only the machine's local copies (see /work/.library/env/machines/swift-packages-b.md).
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The only C: ncurses, with static inline wrappers for what Swift cannot import.
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pure Swift + Foundation: model, importers, detection, workflow rules, reports.
        .target(
            name: "VigilEngine",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Persistence behind one protocol; GRDB never leaks out of this module.
        .target(
            name: "VigilStore",
            dependencies: [
                "VigilEngine",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The import's hot loop binds through SQLite's C API (RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["README.md"]
        ),
        // The TUI as pure code: State, Event, update, view -> Screen. No ncurses.
        .target(
            name: "VigilConsole",
            dependencies: ["VigilStore", "VigilEngine"]
        ),
        // The executable: commands, and the only code that touches the terminal.
        .executableTarget(
            name: "vigil",
            dependencies: [
                "CNCurses", "VigilConsole", "VigilStore", "VigilEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: release-built figures for the README.
        .executableTarget(
            name: "vigil-bench",
            // Crypto: the audit benchmark times Ed25519 verification alone, the verifier's floor.
            dependencies: ["VigilConsole", "VigilStore", "VigilEngine", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "VigilEngineTests", dependencies: ["VigilEngine"]),
        .testTarget(
            name: "VigilStoreTests",
            dependencies: ["VigilStore", "VigilEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Golden screens are read from the source tree by path; the terminal-layer tests drive
        // the shell in `vigil` on a pty.
        .testTarget(name: "VigilConsoleTests", dependencies: ["VigilConsole", "VigilStore", "VigilEngine", "vigil", "CNCurses"], exclude: ["Golden"]),
        // Runs the built `vigil` binary end to end (make test builds it first).
        .testTarget(name: "VigilCLITests", dependencies: ["VigilEngine", "VigilStore", "vigil"]),
    ]
)
