import Testing
@testable import VigilEngine

@Suite struct MojibakeRepairTests {
    @Test func doubleEncodedTextIsRepaired() {
        #expect(MojibakeRepair.repair("cafÃ©") == "café")
        #expect(MojibakeRepair.repair("Donâ€™t") == "Don’t")              // via Windows-1252
        #expect(MojibakeRepair.repair("ðŸ˜€ great") == "😀 great")
        #expect(MojibakeRepair.repair("Ø¨Û\u{81}Øª Ø§Ú†Ú¾Ø§") == "بہت اچھا") // 0x81: unassigned in Windows-1252
        // What Facebook's own data download writes: each UTF-8 byte as a \u00XX escape.
        #expect(MojibakeRepair.repair("\u{00C3}\u{00A9}t\u{00C3}\u{00A9}") == "été")
    }

    @Test func correctTextIsNeverTouched() {
        for text in ["café", "naïve façade", "Zoë Brontë", "Ærøskøbing", "£5 — ok", "😀", "بہت اچھا", "ÀÉÎÕÜ", "Â",
                     "Déjà vu — café au lait", "plain ASCII", "", "Ã alone", "über straße"] {
            #expect(MojibakeRepair.repair(text) == text, "\(text)")
        }
    }

    @Test func mixedTextIsLeftAloneWhenNotConsistentlyDoubleEncoded() {
        // A real emoji next to mojibake: the string as a whole was not double-encoded.
        #expect(MojibakeRepair.repair("cafÃ© 😀") == "cafÃ© 😀")
    }
}
