package org.ortak.organizations;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscribing to changes in an area, for programs: no token; the address confirms by the
 * link mailed to it.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "Changes in an area by e-mail, with double opt-in")
class SubscriptionApiController {

	private final Subscriptions subscriptions;

	SubscriptionApiController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * An address, and the area: a region (with what lies inside it) or a box, and kinds.
	 */
	record SubscriptionRequest(String email, UUID region, String bbox, Set<OrganizationKind> kinds) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Subscribe an address to a digest of changes in an area",
			description = "Only a mail asking to confirm is sent; digests follow once its link is followed, "
					+ "each with a one-click unsubscribe. bbox is west,south,east,north in degrees. The answer "
					+ "is the same whether the address subscribed before or not. Rate-limited per address.")
	void subscribe(@RequestBody SubscriptionRequest request, Locale locale) {
		this.subscriptions.subscribe(request.email(), request.region(), request.bbox(), request.kinds(), locale);
	}

}
