package org.ortak.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.networks.ContributionDraft;
import org.ortak.networks.ContributionKind;
import org.ortak.networks.ContributionStatus;
import org.ortak.networks.ContributionVisibility;
import org.ortak.networks.Contributions;
import org.ortak.networks.MemberDraft;
import org.ortak.networks.MemberRole;
import org.ortak.networks.Milestone;
import org.ortak.networks.MilestoneStatus;
import org.ortak.networks.NetworkDraft;
import org.ortak.networks.NetworkKind;
import org.ortak.networks.NetworkView;
import org.ortak.networks.Networks;
import org.ortak.shared.security.Actor;

/**
 * The stories' networks: the Bursa Social Responsibility Platform of the company and the
 * NGOs that hosted its workshop series, with Villa Verde, host of the fifth; the Zanjan
 * union of producer cooperatives, embodied by the union of the register; the
 * Świętokrzyskie thematic group of reintegration entities with its meetings. Undated
 * milestones and joining days are left open where the stories give none.
 */
@Component
class NetworkDemoData {

	private final Networks networks;

	private final Contributions contributions;

	NetworkDemoData(Networks networks, Contributions contributions) {
		this.networks = networks;
		this.contributions = contributions;
	}

	/** Loads the networks; answers their ids by a key of the demo's own. */
	Map<String, UUID> load(Map<String, UUID> organizations, Map<String, UUID> places, Map<String, UUID> held,
			Actor loader) {
		NetworkView bursa = this.networks.create(new NetworkDraft(NetworkKind.PLATFORM,
				texts("tr", "Bursa Sosyal Sorumluluk Platformu", "en", "Bursa Social Responsibility Platform"),
				texts("tr", "Bursa'da faaliyet gösteren özel sektör ve sivil toplum kuruluşlarının toplumsal faydayı "
						+ "artıracak projelerde güçlerini birleştirmesi; maddi beklentilerden bağımsız, iyi niyet ve "
						+ "sürdürülebilirlik esasına dayalı bir iş birliği modeli ve güçlü bir gönüllülük kültürü.",
						"en",
						"Companies and NGOs of Bursa joining forces in projects for the common good: a model of "
								+ "cooperation free of material expectations, built on good will, sustainability and a strong "
								+ "culture of volunteering."),
				places.get("Bursa"), organizations.get("bursa-yesim"), null,
				List.of(new Milestone("İşleyiş modeli ve yol haritasının görüşülmesi (5. çalıştay, Villa Verde)",
						LocalDate.of(2025, 12, 16), MilestoneStatus.DONE),
						new Milestone("Kurumların maddi, manevi ve uzmanlık katkılarının çerçevesi", null,
								MilestoneStatus.IN_PROGRESS),
						new Milestone("Ortak ve kapsayıcı bir ana proje", null, MilestoneStatus.PLANNED),
						new Milestone("Şirketlerde gönüllü sayısının artırılması", null, MilestoneStatus.PLANNED)),
				List.of(), ids(held.get("bursa-series")), List.of()), loader);
		member(bursa, organizations.get("bursa-yesim"), MemberRole.FOUNDER, loader);
		member(bursa, organizations.get("bursa-loder"), MemberRole.FOUNDER, loader);
		member(bursa, organizations.get("bursa-seger"), MemberRole.FOUNDER, loader);
		member(bursa, organizations.get("bursa-losev"), MemberRole.FOUNDER, loader);
		member(bursa, organizations.get("bursa-villa-verde"), MemberRole.HOST, loader);
		// each edition's host gave the room: the fifth dated by its report, the others'
		// days
		// standing in for the story's undated ones, as the events have them
		String[] hosts = { "bursa-yesim", "bursa-loder", "bursa-seger", "bursa-losev", "bursa-villa-verde" };
		LocalDate[] days = { LocalDate.of(2023, 10, 18), LocalDate.of(2024, 4, 17), LocalDate.of(2024, 11, 13),
				LocalDate.of(2025, 5, 21), LocalDate.of(2025, 12, 16) };
		for (int i = 0; i < hosts.length; i++) {
			this.contributions.record(bursa.id(), new ContributionDraft(null, organizations.get(hosts[i]), null,
					ContributionKind.VENUE, ContributionStatus.DELIVERED, ContributionVisibility.PUBLIC, days[i],
					"Çalıştay serisinin " + (i + 1) + ". buluşmasına ev sahipliği", null, null, null, null, null),
					loader);
		}

		NetworkView zanjan = this.networks.create(new NetworkDraft(NetworkKind.UNION,
				texts("fa", "اتحادیه تعاونی‌های تولیدی استان زنجان", "en",
						"Union of Producer Cooperatives of Zanjan Province"),
				texts("fa", "تحکیم تعاملات شبکه‌ای بین تعاونی‌های تولیدی استان و تقویت اتحادیه در برنامه اداره کل."),
				places.get("Zanjan"), organizations.get("zanjan-directorate"), organizations.get("zanjan-union"),
				List.of(new Milestone("برنامه تقویت اتحادیه‌ها", null, MilestoneStatus.IN_PROGRESS)), List.of(),
				List.of(), List.of()), loader);
		member(zanjan, organizations.get("zanjan-knives"), MemberRole.MEMBER, loader);

		NetworkView group = this.networks.create(new NetworkDraft(NetworkKind.THEMATIC_GROUP,
				texts("pl", "Grupa tematyczna ds. współpracy podmiotów reintegracyjnych", "en",
						"Thematic group on the cooperation of reintegration entities"),
				texts("pl",
						"Współpraca CIS, KIS, ZAZ i WTZ w województwie świętokrzyskim: zakładanie spółdzielni "
								+ "socjalnych jako kolejny krok reintegracji."),
				places.get("Świętokrzyskie"), organizations.get("pl-rops"), null, List.of(), List.of(),
				ids(held.get("pl-series")), List.of()), loader);
		member(group, organizations.get("pl-rops"), MemberRole.SECRETARIAT, loader);
		member(group, organizations.get("pl-cis"), MemberRole.HOST, loader);
		member(group, organizations.get("pl-prom"), MemberRole.MEMBER, loader);
		member(group, organizations.get("pl-sowes"), MemberRole.MEMBER, loader);
		member(group, organizations.get("pl-association"), MemberRole.OBSERVER, loader);
		return Map.of("bursa-platform", bursa.id(), "zanjan-union", zanjan.id(), "pl-group", group.id());
	}

	private void member(NetworkView network, UUID organization, MemberRole role, Actor loader) {
		this.networks.addMember(network.id(), new MemberDraft(organization, null, role, null, null), loader);
	}

	private static List<UUID> ids(UUID id) {
		return (id != null) ? List.of(id) : List.of();
	}

	private static Map<String, String> texts(String... pairs) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			texts.put(pairs[i], pairs[i + 1]);
		}
		return texts;
	}

}
