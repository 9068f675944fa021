package org.ortak.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * A post as typed or sent: its texts by language code (the first is the one it was
 * written in), the event and organizations it is about, and the people it quotes.
 */
public record PostDraft(Map<String, TextDraft> texts, UUID eventId, List<UUID> organizations, List<QuoteDraft> quotes,
		List<UUID> photos) {

	static final int MAX_BODY = 50_000;

	static final int MAX_QUOTES = 20;

	static final int MAX_PHOTOS = 20;

	/** A post in one language. */
	public record TextDraft(String title, String summary, String body) {

		public TextDraft {
			title = Text.clean(title);
			summary = Text.clean(summary);
			body = Text.clean(body);
		}

		boolean isEmpty() {
			return this.title == null && this.summary == null && this.body == null;
		}

	}

	/** Someone quoted: the person and what they said. */
	public record QuoteDraft(UUID personId, String text) {

		public QuoteDraft {
			text = Text.clean(text);
		}

	}

	public PostDraft {
		Map<String, TextDraft> kept = new LinkedHashMap<>();
		if (texts != null) {
			texts.forEach((language, text) -> {
				if (language != null && text != null && !text.isEmpty()) {
					kept.put(language, text);
				}
			});
		}
		texts = kept;
		organizations = (organizations != null)
				? List.copyOf(new LinkedHashSet<>(organizations.stream().filter((id) -> id != null).toList()))
				: List.of();
		quotes = (quotes != null)
				? quotes.stream().filter((q) -> q != null && (q.personId() != null || q.text() != null)).toList()
				: List.of();
		photos = (photos != null)
				? List.copyOf(new LinkedHashSet<>(photos.stream().filter((id) -> id != null).toList())) : List.of();
	}

	List<String> languages() {
		return new ArrayList<>(this.texts.keySet());
	}

	Violations check() {
		Violations violations = new Violations();
		if (this.texts.isEmpty()) {
			violations.add("texts", "news.error.textRequired");
		}
		this.texts.forEach((language, text) -> {
			String prefix = "texts[" + language + "].";
			if (Language.values().length > 0
					&& java.util.Arrays.stream(Language.values()).noneMatch((known) -> known.code().equals(language))) {
				violations.add("texts", "validation.badValue");
			}
			violations.required(prefix + "title", text.title())
				.line(prefix + "title", text.title(), 300)
				.text(prefix + "summary", text.summary(), true)
				.maxLength(prefix + "summary", text.summary(), 1000)
				.text(prefix + "body", text.body(), true)
				.maxLength(prefix + "body", text.body(), MAX_BODY);
		});
		if (this.organizations.size() > 50) {
			violations.add("organizations", "validation.tooMany", 50);
		}
		if (this.photos.size() > MAX_PHOTOS) {
			violations.add("photos", "validation.tooMany", MAX_PHOTOS);
		}
		if (!this.photos.isEmpty() && this.eventId == null) {
			violations.add("photos", "news.error.photosWithoutEvent");
		}
		if (this.quotes.size() > MAX_QUOTES) {
			violations.add("quotes", "validation.tooMany", MAX_QUOTES);
		}
		for (int i = 0; i < this.quotes.size(); i++) {
			QuoteDraft quote = this.quotes.get(i);
			violations.required("quotes[" + i + "].personId", quote.personId())
				.required("quotes[" + i + "].text", quote.text())
				.text("quotes[" + i + "].text", quote.text(), true)
				.maxLength("quotes[" + i + "].text", quote.text(), 2000);
		}
		return violations;
	}

}
