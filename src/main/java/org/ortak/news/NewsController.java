package org.ortak.news;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.events.photos.Photos;
import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * News pages: the list, a post (with the tags a shared link previews from), the form, and
 * the posts of an event or an organization for their pages.
 */
@Controller
@RequestMapping("/news")
class NewsController {

	private final News news;

	private final Organizations organizations;

	private final People people;

	private final String baseUrl;

	private final Photos photos;

	NewsController(News news, Photos photos, Organizations organizations, People people,
			@Value("${ortak.base-url}") String baseUrl) {
		this.photos = photos;
		this.news = news;
		this.organizations = organizations;
		this.people = people;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.news.list(null, null, Math.max(0, page), 20, Actors.current()));
		model.addAttribute("writer", News.writes(Actors.current()));
		return "news/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		PostView post = this.news.get(id, Actors.current());
		model.addAttribute("post", post);
		// what a shared link previews (Open Graph)
		model.addAttribute("og",
				new OpenGraph(post.title(), post.summary(), this.baseUrl + "/news/" + id, post.language(),
						post.photos().isEmpty() ? null : this.baseUrl + post.photos().get(0).url(),
						post.photos().isEmpty() ? null : post.photos().get(0).alt()));
		return "news/show";
	}

	/** The tags of a link preview. */
	record OpenGraph(String title, String description, String url, String locale, String image, String imageAlt) {
	}

	/** An event's or an organization's posts, for their pages (htmx loads it). */
	@GetMapping("/about/{eventId}")
	String aboutEvent(@PathVariable UUID eventId, Model model) {
		model.addAttribute("posts", this.news.list(eventId, null, 0, 10, Actors.current()).items());
		return "news/fragments :: posts";
	}

	@GetMapping("/of/{organizationId}")
	String ofOrganization(@PathVariable UUID organizationId, Model model) {
		model.addAttribute("posts", this.news.list(null, organizationId, 0, 10, Actors.current()).items());
		return "news/fragments :: posts";
	}

	@GetMapping("/new")
	String initCreate(@RequestParam(required = false) UUID event, Model model) {
		if (!News.writes(Actors.current())) {
			throw new org.ortak.shared.Forbidden();
		}
		return form(model, PostForm.about(event), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("post") PostForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UUID[] created = new UUID[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.news.create(form.draft(), Actors.current()).id())) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "news.flash.saved");
		return "redirect:/news/" + created[0];
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		PostView post = this.news.get(id, Actors.current());
		if (!post.editable()) {
			throw new org.ortak.shared.Forbidden();
		}
		return form(model, PostForm.of(post), post);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("post") PostForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PostView existing = this.news.get(id, Actors.current());
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.news.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "news.flash.saved");
		return "redirect:/news/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean published,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.news.publish(id, published, version, Actors.current());
		redirect.addFlashAttribute("flash", published ? "news.flash.published" : "news.flash.withdrawn");
		return "redirect:/news/" + id;
	}

	private String form(Model model, PostForm form, PostView existing) {
		model.addAttribute("post", form);
		model.addAttribute("existing", existing);
		model.addAttribute("languages", Language.writingOrder(form.texts().keySet(), LocaleContextHolder.getLocale()));
		model.addAttribute("organizationNames", this.organizations.names(form.organizations()));
		List<UUID> quoted = new ArrayList<>();
		form.quotes().forEach((row) -> {
			if (row.personId() != null) {
				quoted.add(row.personId());
			}
		});
		java.util.Map<UUID, String> personNames = new java.util.HashMap<>();
		this.people.cards(quoted, null).forEach((id, card) -> personNames.put(id, card.name()));
		model.addAttribute("personNames", personNames);
		model.addAttribute("eventTitle", (form.eventId() != null) ? eventTitle(form.eventId()) : null);
		model.addAttribute("eventPhotos", (form.eventId() != null && eventTitle(form.eventId()) != null)
				? this.photos.gallery(form.eventId(), Actors.current()) : List.of());
		return "news/form";
	}

	private String eventTitle(UUID eventId) {
		return this.news.eventTitle(eventId, Actors.current());
	}

}
