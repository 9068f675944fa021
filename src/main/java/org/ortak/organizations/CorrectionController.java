package org.ortak.organizations;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.security.Actors;

/**
 * Corrections waiting for review: proposed by organizations through their private links
 * or suggested from public profiles.
 */
@Controller
@RequestMapping("/register/corrections")
class CorrectionController {

	private final Corrections corrections;

	CorrectionController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping
	String pending(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("corrections", this.corrections.pending(Math.max(0, page), 20, Actors.current()));
		return "organizations/corrections";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		this.corrections.approve(id, Actors.current());
		redirect.addFlashAttribute("flash", "corrections.flash.approved");
		return "redirect:/register/corrections";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable UUID id, RedirectAttributes redirect) {
		this.corrections.reject(id, Actors.current());
		redirect.addFlashAttribute("flash", "corrections.flash.rejected");
		return "redirect:/register/corrections";
	}

}
