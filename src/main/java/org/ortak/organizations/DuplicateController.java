package org.ortak.organizations;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.security.Actors;

/**
 * The coordinators' list of possible duplicates: merge one into the other, or say they
 * are different.
 */
@Controller
@RequestMapping("/duplicates")
class DuplicateController {

	private final Duplicates duplicates;

	DuplicateController(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("pairs", this.duplicates.candidates(Math.max(0, page), 20, Actors.current()));
		return "organizations/duplicates";
	}

	@PostMapping("/merge")
	String merge(@RequestParam UUID survivor, @RequestParam UUID duplicate,
			@RequestParam(required = false) Long survivorVersion, @RequestParam(required = false) Long duplicateVersion,
			RedirectAttributes redirect) {
		this.duplicates.merge(survivor, duplicate, survivorVersion, duplicateVersion, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.merged");
		return "redirect:/duplicates";
	}

	@PostMapping("/dismiss")
	String dismiss(@RequestParam UUID first, @RequestParam UUID second, RedirectAttributes redirect) {
		this.duplicates.dismiss(first, second, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.dismissed");
		return "redirect:/duplicates";
	}

}
