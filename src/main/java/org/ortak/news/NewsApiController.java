package org.ortak.news;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * News for programs: anyone reads the published posts; admins and coordinators write.
 */
@RestController
@RequestMapping("/api/v1/news")
@Tag(name = "News", description = "Posts about events: announcements and reports")
class NewsApiController {

	private final News news;

	NewsApiController(News news) {
		this.news = news;
	}

	/** A post as a client writes it; {@code version} on update. */
	record PostRequest(Map<String, PostDraft.TextDraft> texts, UUID eventId, List<UUID> organizations,
			List<PostDraft.QuoteDraft> quotes, List<UUID> photos, Long version) {

		PostDraft draft() {
			return new PostDraft(this.texts, this.eventId, this.organizations, this.quotes, this.photos);
		}

	}

	/** Published or back to draft. */
	record PublicationRequest(Boolean published, Long version) {
	}

	@GetMapping
	@Operation(summary = "Published posts, newest first (writers also see drafts); event or organization narrows")
	ResultPage<PostView> list(@RequestParam(required = false) UUID event,
			@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.news.list(event, organization, page, size, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One post: its body as Markdown and as safe HTML")
	PostView get(@PathVariable UUID id) {
		return this.news.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Write a post, as a draft (admins, coordinators)",
			description = "texts: by language code, the first the one it was written in; body in Markdown (HTML "
					+ "in it is shown as text). quotes: people by id, with what they said; their function is "
					+ "the one they held when the post was written.")
	ResponseEntity<PostView> create(@RequestBody PostRequest request) {
		PostView created = this.news.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/news/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a post; 409 when the version is stale")
	PostView update(@PathVariable UUID id, @RequestBody PostRequest request) {
		return this.news.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "Publish a post ({\"published\": true}) or take it back to draft")
	PostView publish(@PathVariable UUID id, @RequestBody PublicationRequest request) {
		if (request.published() == null) {
			throw org.ortak.shared.InvalidInput.of("published", "validation.required");
		}
		return this.news.publish(id, request.published(), request.version(), Actors.current());
	}

}
