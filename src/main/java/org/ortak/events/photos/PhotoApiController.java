package org.ortak.events.photos;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ortak.shared.security.Actors;

/**
 * An event's gallery through the API: listed as the reader may see it; uploaded (a
 * multipart form: {@code file}, {@code alt}, {@code caption}, {@code people}), described
 * again and deleted by the event's keepers.
 */
@RestController
@Tag(name = "Events")
class PhotoApiController {

	private final Photos photos;

	PhotoApiController(Photos photos) {
		this.photos = photos;
	}

	@GetMapping("/api/v1/events/{id}/photos")
	@Operation(summary = "The event's photos: those every person shown consented to for readers, all for its keepers")
	List<PhotoView> gallery(@PathVariable UUID id) {
		return this.photos.gallery(id, Actors.current());
	}

	@PostMapping(path = "/api/v1/events/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a photo (JPEG or PNG by content; metadata such as location removed)")
	PhotoView upload(@PathVariable UUID id, @RequestPart(required = false) MultipartFile file,
			@RequestParam(required = false) String alt, @RequestParam(required = false) String caption,
			@RequestParam(required = false) List<UUID> people,
			@RequestParam(defaultValue = "false") boolean nobodyRecognisable) {
		this.photos.requireMayAdd(id, Actors.current());
		return this.photos.upload(id, PhotoController.content(file, this.photos.maxFileSize()),
				new PhotoDraft(alt, caption, people, nobodyRecognisable), Actors.current());
	}

	/** A photo's description, with the version it was read at. */
	record DescriptionRequest(String alt, String caption, List<UUID> people, Boolean nobodyRecognisable, Long version) {
	}

	@PutMapping("/api/v1/events/{id}/photos/{photoId}")
	@Operation(summary = "Describe a photo again: its text, caption and the people it shows")
	PhotoView describe(@PathVariable UUID id, @PathVariable UUID photoId, @RequestBody DescriptionRequest request) {
		return this.photos.describe(id, photoId, new PhotoDraft(request.alt(), request.caption(), request.people(),
				Boolean.TRUE.equals(request.nobodyRecognisable())), request.version(), Actors.current());
	}

	@DeleteMapping("/api/v1/events/{id}/photos/{photoId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a photo and its files")
	void delete(@PathVariable UUID id, @PathVariable UUID photoId) {
		this.photos.delete(id, photoId, Actors.current());
	}

}
