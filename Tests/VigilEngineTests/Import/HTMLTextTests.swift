import Testing
@testable import VigilEngine

@Suite struct HTMLTextTests {
    @Test func entitiesNamedDecimalAndHex() {
        #expect(HTMLText.decodeEntities("Fish &amp; chips &lt;3 &quot;yum&quot; &#39;ok&#39; &#x1F600; &eacute;t&eacute;") == "Fish & chips <3 \"yum\" 'ok' 😀 été")
        #expect(HTMLText.decodeEntities("&#8217;&#146;") == "’’") // 146 is Windows-1252's ’, as browsers read it
        #expect(HTMLText.decodeEntities("AT&T &unknown; & &amp") == "AT&T &unknown; & &amp")
        #expect(HTMLText.decodeEntities("&#0; &#x110000;") == "\u{FFFD} \u{FFFD}")
    }

    @Test func breaksParagraphsAndListsBecomeNewlines() {
        #expect(HTMLText.plainText(fromHTML: "one<br>two<br/>three<BR />four") == "one\ntwo\nthree\nfour")
        #expect(HTMLText.plainText(fromHTML: "<p>First</p>\n<p>Second</p>\n") == "First\n\nSecond")
        #expect(HTMLText.plainText(fromHTML: "<ul><li>a</li><li>b</li></ul>") == "a\nb")
        #expect(HTMLText.plainText(fromHTML: "  lots   of\n\n  space  ") == "lots of space")
    }

    @Test func linksShowTheirTargetOnlyWhenTheLabelHidesIt() {
        #expect(HTMLText.plainText(fromHTML: #"<a href="https://spam.example/x">click here</a>"#) == "click here (https://spam.example/x)")
        #expect(HTMLText.plainText(fromHTML: #"<a href="https://www.example.com/">www.example.com</a>"#) == "www.example.com")
        #expect(HTMLText.plainText(fromHTML: #"<a href="https://example.com/a/very/long/path">https://example.com/a/very...</a>"#) == "https://example.com/a/very...")
        #expect(HTMLText.plainText(fromHTML: #"at <a href="https://www.youtube.com/watch?v=abc&amp;t=65">1:05</a>"#) == "at 1:05")
        #expect(HTMLText.plainText(fromHTML: #"<a href="http://www.youtube.com/results?search_query=%23tag">#tag</a>"#) == "#tag")
        #expect(HTMLText.plainText(fromHTML: #"<a href="https://x.example/?access_token=SECRET">here</a>"#) == "here (https://x.example/?access_token=REDACTED)")
    }

    @Test func markupThatIsNotATagStaysText() {
        #expect(HTMLText.plainText(fromHTML: "I <3 this & 2 < 5") == "I <3 this & 2 < 5")
        #expect(HTMLText.plainText(fromHTML: "a <b>bold</b> <i>move</i>") == "a bold move")
        #expect(HTMLText.plainText(fromHTML: "x<script>alert(1)</script>y<style>p{}</style>z<!-- note -->!") == "xyz!")
        #expect(HTMLText.plainText(fromHTML: "unclosed <a href=\"x") == "unclosed <a href=\"x")
    }

    @Test func emojiAndRightToLeftTextPassThrough() {
        #expect(HTMLText.plainText(fromHTML: "مرحبا <b>بكم</b> 👋🏽") == "مرحبا بكم 👋🏽")
        #expect(HTMLText.plainText(fromHTML: "שלום<br>עולם") == "שלום\nעולם")
    }

    @Test func rawTextKeepsItsNewlines() {
        #expect(HTMLText.plainText(fromHTML: "line one\nline two &amp; <em>more</em>", collapsingWhitespace: false) == "line one\nline two & more")
    }
}
