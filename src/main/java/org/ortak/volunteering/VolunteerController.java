package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.web.FormErrors;

/**
 * A volunteer's own pages, reached through their private link: their sign-ups and hours,
 * the form to log hours, withdrawing, and their confirmed record as a PDF.
 */
@Controller
class VolunteerController {

	private final Volunteers volunteers;

	VolunteerController(Volunteers volunteers) {
		this.volunteers = volunteers;
	}

	/** Hours as the volunteer logs them. */
	record OwnHoursForm(UUID signupId, LocalDate workedOn, BigDecimal hours, String note) {

		HoursDraft draft() {
			return new HoursDraft(this.workedOn, this.hours, this.note);
		}

	}

	@GetMapping("/v/{token}")
	String record(@PathVariable String token, Model model) {
		model.addAttribute("record", this.volunteers.record(token));
		model.addAttribute("token", token);
		if (!model.containsAttribute("own")) {
			model.addAttribute("own", new OwnHoursForm(null, null, null, null));
		}
		return "volunteering/record";
	}

	@PostMapping("/v/{token}/hours")
	String logHours(@PathVariable String token, @ModelAttribute("own") OwnHoursForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.volunteers.logHours(token, form.signupId(), form.draft()))) {
			return record(token, model);
		}
		redirect.addFlashAttribute("flash", "volunteering.flash.hoursLogged");
		return "redirect:/v/" + token;
	}

	@PostMapping("/v/{token}/signups/{signupId}/withdraw")
	String withdraw(@PathVariable String token, @PathVariable UUID signupId, RedirectAttributes redirect) {
		this.volunteers.withdraw(token, signupId);
		redirect.addFlashAttribute("flash", "volunteering.flash.withdrawn");
		return "redirect:/v/" + token;
	}

	@GetMapping("/v/{token}/record.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Cache-Control", "private, no-store")
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("volunteering-record.pdf").build().toString())
			.body(this.volunteers.recordPdf(token, locale));
	}

}
