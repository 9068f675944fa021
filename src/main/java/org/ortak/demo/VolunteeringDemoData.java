package org.ortak.demo;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.shared.security.Actor;
import org.ortak.volunteering.OpportunityDraft;
import org.ortak.volunteering.Volunteering;

/**
 * The Bursa platform's aim of more volunteers in its member companies, as an open
 * opportunity: its NGOs receive employees of its companies. The story names no volunteers
 * and no hours, so none are made up.
 */
@Component
class VolunteeringDemoData {

	private final Volunteering volunteering;

	VolunteeringDemoData(Volunteering volunteering) {
		this.volunteering = volunteering;
	}

	void load(Map<String, UUID> organizations, Map<String, UUID> places, Map<String, UUID> networks, Actor loader) {
		this.volunteering.create(new OpportunityDraft(organizations.get("bursa-losev"), networks.get("bursa-platform"),
				"tr", "Şirket çalışanları için LÖSEV Bursa gönüllülüğü",
				"Bursa Sosyal Sorumluluk Platformu üyesi şirketlerin çalışanları, LÖSEV'in Bursa'daki çalışmalarına "
						+ "gönüllü olarak katılır. Platformun hedefi: şirketlerdeki gönüllü sayısını artırmak ve sivil "
						+ "toplum kuruluşlarını bu süreçte güçlendirmek.",
				"Bursa", places.get("Bursa"), null, null, "Etkinlik düzenleme, iletişim, çocuklarla çalışma", 20, true),
				loader);
	}

}
