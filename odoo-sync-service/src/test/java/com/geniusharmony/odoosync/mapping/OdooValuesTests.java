package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OdooValuesTests {

	@Test
	void writesDatesAndDatetimesAsOdoosImportReadsThem() {
		assertThat(OdooValues.date(LocalDate.of(2026, 12, 1))).isEqualTo("2026-12-01");
		assertThat(OdooValues.datetime(LocalDate.of(2026, 12, 1), LocalTime.MIDNIGHT)).isEqualTo("2026-12-01 00:00:00");
		assertThat(OdooValues.datetime(LocalDate.of(2026, 12, 1), LocalTime.of(17, 30)))
			.isEqualTo("2026-12-01 17:30:00");
		assertThat(OdooValues.date(null)).isEmpty();
		assertThat(OdooValues.datetime(null, LocalTime.NOON)).isEmpty();
	}

	@Test
	void writesBooleansAsOneAndZero() {
		assertThat(OdooValues.bool(true)).isEqualTo("1");
		assertThat(OdooValues.bool(false)).isEqualTo("0");
	}

	@Test
	void turnsPlainTextIntoEscapedParagraphs() {
		assertThat(OdooValues.html("")).isEmpty();
		assertThat(OdooValues.html("  \n ")).isEmpty();
		assertThat(OdooValues.html("a < b & \"c\"")).isEqualTo("<p>a &lt; b &amp; &quot;c&quot;</p>");
		assertThat(OdooValues.html("first line\nsecond line\n\nnext paragraph"))
			.isEqualTo("<p>first line<br>second line</p><p>next paragraph</p>");
	}

	@Test
	void readsTheTextOfAnHtmlFieldAsItsHtmlWouldWriteItAgain() {
		String text = "First line\nsecond line\n\nA <b> & \"quote\"";
		assertThat(OdooValues.text(OdooValues.html(text))).isEqualTo(text);
		assertThat(OdooValues.text("<p>Edited <strong>in</strong> Odoo</p><p>Two&nbsp;paragraphs</p>"))
			.isEqualTo("Edited in Odoo\n\nTwo paragraphs");
		assertThat(OdooValues.text("")).isEmpty();
	}

}
