import Testing
@testable import VigilConsole
