package org.ortak.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.i18n.Language;

/**
 * What the post form binds to: texts by language code, the event, the organizations, and
 * quote rows (empty ones offered for adding).
 */
record PostForm(Map<String, TextRow> texts, UUID eventId, List<UUID> organizations, List<QuoteRow> quotes,
		List<UUID> photos, Long version) {

	static final int EMPTY_QUOTES = 2;

	/** A language's title, summary and body. */
	record TextRow(String title, String summary, String body) {
	}

	/** Someone quoted. */
	record QuoteRow(UUID personId, String text) {

		boolean isEmpty() {
			return this.personId == null && (this.text == null || this.text.isBlank());
		}

	}

	PostForm {
		texts = (texts != null) ? new LinkedHashMap<>(texts) : new LinkedHashMap<>();
		// every language has its row, so each field of the form can be read and named
		for (Language language : Language.values()) {
			texts.putIfAbsent(language.code(), new TextRow(null, null, null));
		}
		texts.replaceAll((code, row) -> (row != null) ? row : new TextRow(null, null, null));
		organizations = (organizations != null) ? organizations : List.of();
		photos = (photos != null) ? photos : List.of();
		List<QuoteRow> rows = new ArrayList<>();
		if (quotes != null) {
			quotes.forEach((row) -> rows.add((row != null) ? row : new QuoteRow(null, null)));
		}
		long empty = rows.stream().filter(QuoteRow::isEmpty).count();
		for (long i = empty; i < EMPTY_QUOTES; i++) {
			rows.add(new QuoteRow(null, null));
		}
		quotes = List.copyOf(rows);
	}

	static PostForm about(UUID eventId) {
		return new PostForm(null, eventId, null, null, null, null);
	}

	static PostForm of(PostView post) {
		Map<String, TextRow> texts = new LinkedHashMap<>();
		post.texts()
			.forEach((language, text) -> texts.put(language, new TextRow(text.title(), text.summary(), text.body())));
		return new PostForm(texts, post.eventId(),
				post.organizations().stream().map(PostView.Organization::id).toList(),
				post.quotes().stream().map((quote) -> new QuoteRow(quote.personId(), quote.text())).toList(),
				post.photoIds(), post.version());
	}

	PostDraft draft() {
		Map<String, PostDraft.TextDraft> drafts = new LinkedHashMap<>();
		this.texts.forEach((language, row) -> {
			if (row != null) {
				drafts.put(language, new PostDraft.TextDraft(row.title(), row.summary(), row.body()));
			}
		});
		return new PostDraft(drafts, this.eventId, this.organizations,
				this.quotes.stream()
					.filter((row) -> !row.isEmpty())
					.map((row) -> new PostDraft.QuoteDraft(row.personId(), row.text()))
					.toList(),
				this.photos);
	}

}
