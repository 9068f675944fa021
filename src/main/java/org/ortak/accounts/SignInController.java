package org.ortak.accounts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's post and the sign-out. After too
 * many misses it says when to try again.
 */
@Controller
class SignInController {

	private final Clock clock;

	SignInController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) Long lockedUntil, Model model) {
		long now = this.clock.instant().getEpochSecond();
		// no lock lasts longer than an hour: any other number was not ours
		if (lockedUntil != null && lockedUntil > now && lockedUntil <= now + Attempts.LONGEST_LOCK.toSeconds() + 60) {
			model.addAttribute("lockedUntil", Instant.ofEpochSecond(lockedUntil));
			model.addAttribute("lockedMinutes", Math.max(1, (lockedUntil - now + 59) / 60));
		}
		return "accounts/login";
	}

}
