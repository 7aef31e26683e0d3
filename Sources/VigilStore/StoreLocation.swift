import Foundation

/// Where the store is when `--store` does not say.
public enum StoreLocation {
    /// `$VIGIL_STORE`, else `$XDG_DATA_HOME/vigil/vigil.sqlite`, else
    /// `~/.local/share/vigil/vigil.sqlite` (`HOME` from `environment`).
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["VIGIL_STORE"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("vigil/vigil.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/vigil/vigil.sqlite")
    }
}
