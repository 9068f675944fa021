package org.ortak.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.events.EventDetails;
import org.ortak.events.Events;
import org.ortak.events.photos.PhotoView;
import org.ortak.events.photos.Photos;
import org.ortak.organizations.Organizations;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonErased;
import org.ortak.people.People;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * News posts: written by admins and coordinators as drafts, published to anyone; about an
 * event (whose title they show) and organizations; quoting people with the function they
 * held then.
 */
@Service
@Transactional(readOnly = true)
public class News {

	public static final int MAX_PAGE_SIZE = 100;

	private final PostRepository posts;

	private final Photos photos;

	private final Markdown markdown;

	private final Events events;

	private final Organizations organizations;

	private final People people;

	private final Clock clock;

	News(PostRepository posts, Markdown markdown, Events events, Photos photos, Organizations organizations,
			People people, Clock clock) {
		this.photos = photos;
		this.posts = posts;
		this.markdown = markdown;
		this.events = events;
		this.organizations = organizations;
		this.people = people;
		this.clock = clock;
	}

	static boolean writes(Actor actor) {
		return actor.isAdmin() || actor.roles().contains(Role.COORDINATOR);
	}

	public ResultPage<PostView> list(UUID eventId, UUID organizationId, int page, int size, Actor actor) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		if (page < 0 || page > 10_000) {
			throw InvalidInput.of("page", "validation.range", 0, 10_000);
		}
		Page<Post> found = this.posts.list(writes(actor), eventId, organizationId, PageRequest.of(page, size));
		return new ResultPage<>(views(found.getContent(), actor), page, size, found.getTotalElements());
	}

	public PostView get(UUID id, Actor actor) {
		return views(List.of(readable(id, actor)), actor).get(0);
	}

	@Transactional
	public PostView create(PostDraft draft, Actor actor) {
		requireWriter(actor);
		Post post = new Post(now(), actor.username());
		post.write(draft, checked(draft, actor), now(), actor.username());
		return views(List.of(this.posts.saveAndFlush(post)), actor).get(0);
	}

	@Transactional
	public PostView update(UUID id, PostDraft draft, Long version, Actor actor) {
		requireWriter(actor);
		Post post = readable(id, actor);
		checkVersion(post, version);
		post.write(draft, checked(draft, actor), now(), actor.username());
		this.posts.flush();
		return views(List.of(post), actor).get(0);
	}

	@Transactional
	public PostView publish(UUID id, boolean published, Long version, Actor actor) {
		requireWriter(actor);
		Post post = readable(id, actor);
		if (version != null) {
			checkVersion(post, version);
		}
		if (published) {
			post.publish(now(), actor.username());
		}
		else {
			post.withdraw(now(), actor.username());
		}
		this.posts.flush();
		return views(List.of(post), actor).get(0);
	}

	/** A quoted person erased: their words leave every post. */
	@ApplicationModuleListener
	void on(PersonErased erased) {
		this.posts.quoting(erased.personId()).forEach((post) -> post.forget(erased.personId()));
	}

	private List<Quote> checked(PostDraft draft, Actor actor) {
		var violations = draft.check();
		if (draft.eventId() != null) {
			try {
				this.events.get(draft.eventId(), actor);
			}
			catch (NotFound ex) {
				violations.add("eventId", "validation.badValue");
			}
		}
		if (draft.eventId() != null && !draft.photos().isEmpty() && !violations.has("eventId")
				&& !this.photos.gallery(draft.eventId(), actor)
					.stream()
					.map(PhotoView::id)
					.toList()
					.containsAll(draft.photos())) {
			violations.add("photos", "news.error.photoNotOfEvent");
		}
		if (this.organizations.names(draft.organizations()).size() < draft.organizations().size()) {
			violations.add("organizations", "validation.badValue");
		}
		Map<UUID, PersonCard> cards = this.people.cards(
				draft.quotes().stream().map(PostDraft.QuoteDraft::personId).filter((id) -> id != null).toList(), null);
		for (int i = 0; i < draft.quotes().size(); i++) {
			UUID person = draft.quotes().get(i).personId();
			if (person != null && (!cards.containsKey(person) || cards.get(person).erased())) {
				violations.add("quotes[" + i + "].personId", "validation.badValue");
			}
		}
		violations.throwIfAny();
		return draft.quotes().stream().map((quote) -> {
			PersonCard card = cards.get(quote.personId());
			return new Quote(quote.personId(), card.function(), card.organizationName(), quote.text());
		}).toList();
	}

	private Post readable(UUID id, Actor actor) {
		Post post = this.posts.findByPublicId(id).orElseThrow(NotFound::new);
		if (post.status() != PostStatus.PUBLISHED && !writes(actor)) {
			throw new NotFound();
		}
		return post;
	}

	private static void requireWriter(Actor actor) {
		if (!writes(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	private static void checkVersion(Post post, Long version) {
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != post.version()) {
			throw new StaleVersion();
		}
	}

	private List<PostView> views(List<Post> list, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		String code = Language.of(reader).code();
		Map<UUID, String> names = this.organizations
			.names(list.stream().flatMap((post) -> post.organizations().stream()).collect(Collectors.toSet()));
		Set<UUID> quoted = list.stream()
			.flatMap((post) -> post.quotes().stream())
			.map(Quote::personId)
			.collect(Collectors.toSet());
		Map<UUID, PersonCard> cards = this.people.cards(quoted, null);
		Map<UUID, String> eventTitles = new HashMap<>();
		List<PostView> views = new ArrayList<>();
		for (Post post : list) {
			String language = post.texts().containsKey(code) ? code : post.language();
			PostText own = post.texts().get(post.language());
			PostText chosen = post.texts().get(language);
			// what a translation leaves out is read in the language it was written in
			PostText text = new PostText(chosen.title(), (chosen.summary() != null) ? chosen.summary() : own.summary(),
					(chosen.body() != null) ? chosen.body() : own.body());
			Map<String, PostDraft.TextDraft> texts = new LinkedHashMap<>();
			texts.put(post.language(), draftOf(post.texts().get(post.language())));
			post.texts().forEach((key, value) -> texts.putIfAbsent(key, draftOf(value)));
			String eventTitle = null;
			if (post.eventId() != null) {
				eventTitle = eventTitles.computeIfAbsent(post.eventId(), (id) -> title(id, actor));
			}
			views.add(new PostView(post.publicId(), post.version(), post.status(), post.publishedAt(), language,
					text.title(), (text.summary() != null) ? text.summary() : this.markdown.plain(text.body(), 200),
					text.body(), this.markdown.html(text.body()), (chosen.body() != null) ? language : post.language(),
					texts, post.eventId(), eventTitle,
					post.organizations().stream().map((id) -> new PostView.Organization(id, names.get(id))).toList(),
					post.quotes().stream().map((quote) -> {
						PersonCard card = cards.get(quote.personId());
						return new PostView.QuoteView(quote.personId(), (card != null) ? card.name() : null,
								quote.function(), quote.organizationName(), quote.text());
					}).toList(), post.photos(), this.photos.published(post.photos()), post.updatedAt(), writes(actor)));
		}
		return views;
	}

	/** The title of an event a post may be about, for the form's picker. */
	public String eventTitle(UUID eventId, Actor actor) {
		return title(eventId, actor);
	}

	private String title(UUID eventId, Actor actor) {
		try {
			EventDetails event = this.events.get(eventId, actor);
			return event.title();
		}
		catch (NotFound ex) {
			return null;
		}
	}

	private static PostDraft.TextDraft draftOf(PostText text) {
		return new PostDraft.TextDraft(text.title(), text.summary(), text.body());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
