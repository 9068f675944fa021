package org.ortak.events.photos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.events.Events;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.shared.files.Uploads;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The gallery's pages: the photos as the reader may see them, the upload form and each
 * photo's description for the event's keepers; and the photos' files, served from the
 * storage under their own address whatever the uploaded file was called.
 */
@Controller
class PhotoController {

	private final Photos photos;

	private final Events events;

	private final People people;

	PhotoController(Photos photos, Events events, People people) {
		this.photos = photos;
		this.events = events;
		this.people = people;
	}

	/** An upload or a description, as the form sends it. */
	record PhotoForm(MultipartFile file, String alt, String caption, List<UUID> people, Boolean nobodyRecognisable,
			Long version) {

		PhotoForm {
			people = (people != null) ? people : new ArrayList<>();
		}

		PhotoDraft draft() {
			return new PhotoDraft(this.alt, this.caption, this.people, Boolean.TRUE.equals(this.nobodyRecognisable));
		}

	}

	@GetMapping("/events/{id}/photos")
	String gallery(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("photo")) {
			model.addAttribute("photo", new PhotoForm(null, null, null, null, false, null));
		}
		model.addAttribute("event", this.events.get(id, Actors.current()));
		model.addAttribute("photos", this.photos.gallery(id, Actors.current()));
		model.addAttribute("keeps", this.events.keeps(id, Actors.current()));
		model.addAttribute("maxMegabytes", this.photos.maxFileSize() / (1024 * 1024));
		PhotoForm form = (PhotoForm) model.getAttribute("photo");
		model.addAttribute("personNames", names(form.people()));
		return "events/photos";
	}

	@PostMapping("/events/{id}/photos")
	String upload(@PathVariable UUID id, @ModelAttribute("photo") PhotoForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// who may not add photos is told so before the upload is even read
		this.photos.requireMayAdd(id, Actors.current());
		if (!FormErrors.attempt(form, result, model, response, () -> this.photos.upload(id,
				content(form.file(), this.photos.maxFileSize()), form.draft(), Actors.current()))) {
			return gallery(id, model);
		}
		redirect.addFlashAttribute("flash", "photos.flash.uploaded");
		return "redirect:/events/" + id + "/photos";
	}

	@GetMapping("/events/{id}/photos/{photoId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID photoId, Model model) {
		this.events.requireKept(id, Actors.current());
		PhotoView photo = photoOf(id, photoId);
		if (!model.containsAttribute("photo")) {
			model.addAttribute("photo",
					new PhotoForm(null, photo.alt(), photo.caption(),
							new ArrayList<>(photo.people().stream().map(PhotoView.Shown::personId).toList()),
							photo.nobodyRecognisable(), photo.version()));
		}
		PhotoForm form = (PhotoForm) model.getAttribute("photo");
		model.addAttribute("event", this.events.get(id, Actors.current()));
		model.addAttribute("shown", photo);
		model.addAttribute("personNames", names(form.people()));
		return "events/photo-form";
	}

	@PostMapping("/events/{id}/photos/{photoId}")
	String describe(@PathVariable UUID id, @PathVariable UUID photoId, @ModelAttribute("photo") PhotoForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.photos.describe(id, photoId, form.draft(), form.version(), Actors.current()))) {
			return edit(id, photoId, model);
		}
		redirect.addFlashAttribute("flash", "photos.flash.saved");
		return "redirect:/events/" + id + "/photos";
	}

	@PostMapping("/events/{id}/photos/{photoId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID photoId, RedirectAttributes redirect) {
		this.photos.delete(id, photoId, Actors.current());
		redirect.addFlashAttribute("flash", "photos.flash.deleted");
		return "redirect:/events/" + id + "/photos";
	}

	@GetMapping({ "/photos/{photoId}", "/api/v1/photos/{photoId}" })
	ResponseEntity<InputStreamResource> file(@PathVariable UUID photoId) {
		return serve(this.photos.file(photoId, false, Actors.current()));
	}

	@GetMapping({ "/photos/{photoId}/thumbnail", "/api/v1/photos/{photoId}/thumbnail" })
	ResponseEntity<InputStreamResource> thumbnail(@PathVariable UUID photoId) {
		return serve(this.photos.file(photoId, true, Actors.current()));
	}

	/**
	 * A photo under its own type (never sniffed); caches may keep an open one for five
	 * minutes (a withdrawn consent takes it down within them), a photo for keepers only
	 * is never kept.
	 */
	static ResponseEntity<InputStreamResource> serve(Photos.PhotoFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.cacheControl(file.open() ? CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic() : CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(new InputStreamResource(file.content()));
	}

	/**
	 * The upload's bytes, refused when missing or over the limit before they are read.
	 */
	static byte[] content(MultipartFile file, long maxFileSize) {
		return Uploads.required(file, maxFileSize, "file", "photo");
	}

	private PhotoView photoOf(UUID eventId, UUID photoId) {
		return this.photos.gallery(eventId, Actors.current())
			.stream()
			.filter((p) -> p.id().equals(photoId))
			.findFirst()
			.orElseThrow(org.ortak.shared.NotFound::new);
	}

	private Map<UUID, String> names(List<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.people.cards(ids, null).forEach((id, card) -> names.put(id, card.name()));
		return names;
	}

}
