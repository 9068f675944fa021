package org.ortak.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the register keeps of typed text, and what it refuses.
 */
class TextTests {

	@Test
	void invisibleCharactersAtTheEndsGoButJoinersInsideStay() {
		assertThat(Text.clean("\u200B\uFEFF تعاونی\u200Cهای دانش\u200Dآموزی \u200B\u00A0"))
			.isEqualTo("تعاونی\u200Cهای دانش\u200Dآموزی");
		assertThat(Text.clean("\u200CKartepe\u2060\u00AD")).isEqualTo("Kartepe");
		assertThat(Text.clean(" \t\n")).isNull();
		assertThat(Text.clean("\u200B\uFEFF\u200C\u200D\u2060")).isNull();
		assertThat(Text.clean(null)).isNull();
	}

	@Test
	void bidirectionalControlsAreRefusedWhereverTheyStand() {
		assertThat(Text.clean("\u202Eabc")).isEqualTo("\u202Eabc");
		for (String text : new String[] { "\u202Eabc", "ab\u202Ac", "abc\u2066", "a\u2069" }) {
			assertThat(Text.firstForbidden(text, true)).as(text).isGreaterThanOrEqualTo(0x202A);
		}
		assertThat(Text.firstForbidden("abc\u200Fdef\u200E", false)).isEqualTo(-1);
	}

	@Test
	void controlCharactersAndLoneSurrogatesAreRefused() {
		assertThat(Text.firstForbidden("Kar\u0000tepe", true)).isZero();
		assertThat(Text.firstForbidden("a\u0007b", true)).isEqualTo(7);
		assertThat(Text.firstForbidden("a\u0085b", true)).isEqualTo(0x85);
		assertThat(Text.firstForbidden("one\nline", false)).isEqualTo('\n');
		assertThat(Text.firstForbidden("two\r\nlines\tand a tab", true)).isEqualTo(-1);
		assertThat(Text.firstForbidden("x\uD800y", false)).isEqualTo(0xD800);
		assertThat(Text.firstForbidden("x\uDC00", false)).isEqualTo(0xDC00);
		assertThat(Text.firstForbidden("emoji \uD83C\uDF3E ok", false)).isEqualTo(-1);
		assertThat(Text.codePointName(0x202E)).isEqualTo("U+202E");
		// noncharacters: no XML document (a feed) may hold them
		assertThat(Text.firstForbidden("a\uFFFEb", true)).isEqualTo(0xFFFE);
		assertThat(Text.firstForbidden("a\uFFFF", false)).isEqualTo(0xFFFF);
		assertThat(Text.firstForbidden("a\uFDD0", false)).isEqualTo(0xFDD0);
	}

	@Test
	void violationsNameTheFieldAndTheCharacter() {
		Violations violations = new Violations().text("name", "a\u202Eb", false).text("description", "a\nb", true);
		assertThat(violations.has("name")).isTrue();
		assertThat(violations.has("description")).isFalse();
	}

	@Test
	void foldedTextIsTheSameWhateverKeyboardTypedIt() {
		assertThat(Text.folded("Skarżysko-Kamienna")).isEqualTo("skarzysko-kamienna");
		assertThat(Text.folded("İZMİT")).isEqualTo(Text.folded("izmit"));
		assertThat(Text.folded("Iğdır")).isEqualTo("igdir");
		assertThat(Text.folded("Łódź")).isEqualTo("lodz");
		assertThat(Text.folded("Lənkəran")).isEqualTo("lenkeran");
		assertThat(Text.folded("دانش\u200Cآموزی")).isEqualTo(Text.folded("دانشاموزي"));
		assertThat(Text.folded("كرمانشاه ۱۲")).isEqualTo("کرمانشاه 12");
	}

}
