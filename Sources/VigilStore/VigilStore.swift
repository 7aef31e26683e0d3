import VigilEngine
// The store protocol and its SQLite implementation live in this module (issue 2).
