package org.ortak.news;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * A post's body from Markdown to HTML that is safe to show: CommonMark escapes any HTML
 * typed into the text and drops links that are not http(s) or mail, and jsoup's safelist
 * cleans what it renders once more, so no script, handler or style reaches a page.
 */
@Component
class Markdown {

	private static final Safelist SAFE = Safelist.relaxed()
		.removeTags("img")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addAttributes("a", "rel")
		.preserveRelativeLinks(false);

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	String html(String markdown) {
		if (markdown == null) {
			return "";
		}
		String rendered = this.renderer.render(this.parser.parse(markdown));
		return Jsoup.clean(rendered, SAFE);
	}

	/** The text alone, for a link preview or a feed summary. */
	String plain(String markdown, int max) {
		if (markdown == null) {
			return null;
		}
		String text = Jsoup.parse(html(markdown)).text();
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

}
