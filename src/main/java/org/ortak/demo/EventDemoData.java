package org.ortak.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.events.EventDraft;
import org.ortak.events.EventFormat;
import org.ortak.events.EventKind;
import org.ortak.events.Agenda;
import org.ortak.events.AgendaDraft;
import org.ortak.events.Events;
import org.ortak.events.OrganizationRole;
import org.ortak.events.VenueDraft;
import org.ortak.events.Visibility;
import org.ortak.shared.security.Actor;

/**
 * The five stories' events, so that a new installation's calendar, series and venues show
 * real work: the Kocaeli workshop and the meeting that prepared it, Bursa's workshop
 * series, the Azerbaijani project's 12 events, the Świętokrzyskie thematic group's
 * meetings and a Zanjan conference. Where a story gives no date, a plausible one stands
 * in, and the description says so in the story's language.
 */
@Component
class EventDemoData {

	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final Events events;

	private final Agenda agenda;

	EventDemoData(Events events, Agenda agenda) {
		this.events = events;
		this.agenda = agenda;
	}

	/**
	 * Loads the events, given the demo organizations and places by the keys
	 * {@link DemoData} remembers them by, and gives back the ones the news tells of, by
	 * keys of the same kind: kocaeli-workshop, kocaeli-meeting, bursa-edition-5,
	 * zanjan-conference, az-first-seminar, pl-meeting-2 and pl-site-visit.
	 */
	Map<String, UUID> load(Map<String, UUID> organizations, Map<String, UUID> places, Actor loader) {
		Known known = new Known(organizations, places);
		Map<String, UUID> held = new HashMap<>();
		loadKocaeli(known, held, loader);
		loadBursa(known, held, loader);
		loadZanjan(known, held, loader);
		loadAzerbaijan(known, held, loader);
		loadSwietokrzyskie(known, held, loader);
		return held;
	}

	/**
	 * The workshop first, so that the stakeholder focus meeting can name it as the event
	 * it prepares. The congress centre is the metropolitan municipality's own, at
	 * Sekapark; the story does not say where in Kocaeli the restaurant is.
	 */
	private void loadKocaeli(Known known, Map<String, UUID> held, Actor loader) {
		UUID municipality = known.organization("kocaeli-municipality");
		UUID congressCentre = this.events
			.createVenue(new VenueDraft("Kocaeli Kongre Merkezi", "Sekapark, İzmit, Kocaeli", known.place("İzmit"),
					40.7605, 29.9235, municipality, ISTANBUL), loader)
			.id();
		UUID restaurant = this.events.createVenue(
				new VenueDraft("Maide Restoran", "Kocaeli", known.place("Kocaeli"), null, null, null, ISTANBUL), loader)
			.id();
		UUID workshop = create(new DemoEvent(EventKind.WORKSHOP, ISTANBUL).text("tr",
				"Kocaeli Kadın Kooperatifleri Çalıştayı",
				"Kocaeli'de üreten kadın kooperatiflerinin bir günlük buluşması: Kocaeli Valiliği, Kocaeli "
						+ "Büyükşehir Belediyesi ve Kocaeli Üniversitesi iş birliğiyle, Büyükşehir'in Kadın ve Aile "
						+ "Hizmetleri Dairesi Başkanlığı'nın ev sahipliğinde. Amaç kadın emeğinin yerel kalkınmadaki "
						+ "payını büyütmek, kooperatifler arası iş birliğini ve kurumsal kapasiteyi güçlendirmek.\n"
						+ "Uzman konuşmacılar ve başarılı iş kadınları deneyimlerini anlatır; her başlıkta "
						+ "katılımcılar geçmiş deneyimleri, bugünkü durumu, gelecek planlarını ve iyi uygulamaları "
						+ "ele alıp sorunlara çözüm önerileri geliştirir.\n" + "Konu başlıkları:\n"
						+ "1. Üretim kapasitesinin artırılması\n" + "2. Mali dayanıklılığın güçlendirilmesi\n"
						+ "3. Üye katılımının teşviki\n" + "4. Toplumsal etkinin genişletilmesi\n"
						+ "5. Satış ve dağıtım modelleri\n" + "6. Eğitim programları\n"
						+ "7. Çevre dostu üretim yaklaşımları\n" + "8. Fon kaynaklarına erişim")
			.text("en", "Kocaeli Women's Cooperatives Workshop",
					"A one-day workshop of Kocaeli's women's cooperatives, co-organized by the governorship, the "
							+ "metropolitan municipality and Kocaeli University and hosted by the municipality's Women "
							+ "and Family Services Department. Eight topics, each from past experience and the present "
							+ "state to plans, good practice and solution proposals: production capacity, financial "
							+ "resilience, member participation, social impact, sales and distribution models, training "
							+ "programmes, eco-friendly production, access to funding.")
			.on(LocalDate.of(2025, 11, 4), "09:30", "17:00")
			.venue(congressCentre)
			.capacity(150)
			.with(municipality, OrganizationRole.ORGANIZER)
			.with(municipality, OrganizationRole.HOST)
			.with(known.organization("kocaeli-governorship"), OrganizationRole.CO_ORGANIZER)
			.with(known.organization("kocaeli-university"), OrganizationRole.CO_ORGANIZER), loader);
		held.put("kocaeli-workshop", workshop);
		// its eight headings as the agenda's topics, each worked through in one afternoon
		// session
		List<AgendaDraft.TopicDraft> topics = List
			.of("Üretim kapasitesinin artırılması", "Mali dayanıklılığın güçlendirilmesi", "Üye katılımının teşviki",
					"Toplumsal etkinin genişletilmesi", "Satış ve dağıtım modelleri", "Eğitim programları",
					"Çevre dostu üretim yaklaşımları", "Fon kaynaklarına erişim")
			.stream()
			.map((title) -> new AgendaDraft.TopicDraft(null, title,
					"Geçmiş deneyimler, mevcut durum, gelecek planları, iyi uygulamalar ve çözüm önerileri"))
			.toList();
		LocalDate day = LocalDate.of(2025, 11, 4);
		this.agenda.save(workshop, new AgendaDraft(topics, List.of(
				new AgendaDraft.SessionDraft(null, "Açılış ve protokol konuşmaları", day.atTime(9, 30),
						day.atTime(10, 15), "Ana salon", null, List.of(), List.of(), List.of()),
				new AgendaDraft.SessionDraft(null, "Uzman konuşmacılar ve başarılı kadın girişimciler",
						day.atTime(10, 30), day.atTime(12, 0), "Ana salon", null, List.of(), List.of(), List.of()),
				new AgendaDraft.SessionDraft(null, "Başlık masaları: deneyimler ve çözüm önerileri", day.atTime(13, 30),
						day.atTime(16, 0), "Çalışma salonları", null, List.of(), List.of(), List.of()),
				new AgendaDraft.SessionDraft(null, "Masaların sunumları ve kapanış", day.atTime(16, 15),
						day.atTime(17, 0), "Ana salon", null, List.of(), List.of(), List.of()))),
				this.events.get(workshop, loader).version(), loader);
		UUID meeting = create(new DemoEvent(EventKind.STAKEHOLDER_MEETING, ISTANBUL)
			.text("tr", "Kadın Kooperatifleri Çalıştayı Paydaş Odak Toplantısı",
					"Çalıştaya hazırlık, Büyükşehir Belediyesi Kadın ve Aile Hizmetleri Dairesi Başkanlığı "
							+ "öncülüğünde. Masada: daire başkanı ile kadın ve aile hizmetleri, kent politikaları ve "
							+ "araştırmaları, veri analizi ve iş geliştirme şube müdürleri; İl Ticaret Müdürü; proje "
							+ "danışmanı; Kent Konseyi Kadın Meclisi Başkanı; KOÜ Teknopark Müdürü; kooperatif "
							+ "temsilcileri.\n"
							+ "Gündem: çalıştayın akışı, oturum başlıkları ve kadın kooperatiflerinin sunumlarının "
							+ "içeriği.\n" + "Haber toplantının tarihini vermiyor; buradaki tarih yaklaşıktır.")
			.text("en", "Women's Cooperatives Workshop: stakeholder focus meeting",
					"Preparing the workshop: its programme flow, session headings and what each women's cooperative "
							+ "will present. Led by the metropolitan municipality with the provincial trade directorate, "
							+ "the city council's women's assembly, the university technopark, a project consultant and "
							+ "cooperative representatives. The story gives no date; this one is approximate.")
			.on(LocalDate.of(2025, 10, 21), "12:00", "14:30")
			.venue(restaurant)
			.internal()
			.prepares(workshop)
			.with(municipality, OrganizationRole.ORGANIZER)
			.with(known.organization("kocaeli-trade-directorate"), OrganizationRole.PARTNER)
			.with(known.organization("kocaeli-womens-assembly"), OrganizationRole.PARTNER)
			.with(known.organization("kocaeli-technopark"), OrganizationRole.PARTNER), loader);
		held.put("kocaeli-meeting", meeting);
	}

	/**
	 * Editions 1 to 4 by their hosts in the order the story gives; it dates only the
	 * start (2023), so their dates stand in. The fifth is dated by its report (December
	 * 2025).
	 */
	private void loadBursa(Known known, Map<String, UUID> held, Actor loader) {
		UUID yesim = known.organization("bursa-yesim");
		UUID villaVerde = known.organization("bursa-villa-verde");
		UUID series = this.events
			.createSeries("Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?",
					"Yeşim Grup koordinasyonunda 2023'te başlayan çalıştaylar serisi: her buluşmaya sırayla bir "
							+ "şirket ya da sivil toplum kuruluşu ev sahipliği yapar. Kurumlar arası ortak akıl ve "
							+ "birlikte hareket etme kültürünün ürünü olarak 5. buluşmada Bursa Sosyal Sorumluluk "
							+ "Platformu'nun işleyiş modeli ve yol haritası ele alındı.",
					loader)
			.id();
		held.put("bursa-series", series);
		String undated = "Haber yalnızca serinin 2023'te başladığını ve ev sahiplerinin sırasını veriyor; "
				+ "buradaki tarih örnektir.";
		String[] hosts = { "bursa-yesim", "bursa-loder", "bursa-seger", "bursa-losev" };
		String[] hostNames = { "Yeşim Grup", "LÖDER", "SEGER", "LÖSEV" };
		LocalDate[] days = { LocalDate.of(2023, 10, 18), LocalDate.of(2024, 4, 17), LocalDate.of(2024, 11, 13),
				LocalDate.of(2025, 5, 21) };
		for (int i = 0; i < hosts.length; i++) {
			int edition = i + 1;
			create(new DemoEvent(EventKind.WORKSHOP, ISTANBUL)
				.text("tr", "Özel Sektör – STK İş Birliği Çalıştayı, " + edition + ". buluşma",
						"Serinin " + edition + ". buluşması, " + hostNames[i] + " ev sahipliğinde: şirketler ile "
								+ "sivil toplum kuruluşları sosyal sorumlulukta birbirini nasıl tamamlar, gönüllülük "
								+ "bilinci yüksek yapılar nasıl kurulur.\n" + undated)
				.text("en", "Private Sector – NGO Cooperation Workshop, meeting " + edition,
						"Meeting " + edition + " of the series coordinated by Yeşim Grup, hosted by " + hostNames[i]
								+ ". The story dates only the series' start (2023); this date is an example.")
				.on(days[i], "10:00", "13:00")
				.region(known.place((i == 0) ? "Nilüfer" : "Bursa"))
				.capacity(40)
				.series(series, edition)
				.with(yesim, OrganizationRole.ORGANIZER)
				.with(known.organization(hosts[i]), OrganizationRole.HOST), loader);
		}
		UUID villa = this.events
			.createVenue(new VenueDraft("Villa Verde", "Bursa", known.place("Bursa"), null, null, villaVerde, ISTANBUL),
					loader)
			.id();
		UUID fifth = create(new DemoEvent(EventKind.WORKSHOP, ISTANBUL).text("tr",
				"Özel Sektör – STK İş Birliği Çalıştayı, 5. buluşma: Bursa Sosyal Sorumluluk Platformu",
				"Villa Verde'nin ev sahipliğinde, Bursa Uludağ Üniversitesi Eğitim Fakültesi'nden bir öğretim "
						+ "üyesinin moderatörlüğünde; özel sektör ve sivil toplum temsilcileriyle.\n"
						+ "Gündem: Bursa Sosyal Sorumluluk Platformu'nun yapısı, önümüzdeki dönemin öncelikleri ve "
						+ "yol haritası; ortak projelerde her kurumun maddi, manevi ve uzmanlık temelli katkısının "
						+ "açık bir çerçeveye bağlanması; şirketlerde gönüllü sayısının artırılması; kapsayıcı tek "
						+ "bir ana projeyle başlayıp güveni zamanla büyütmek. Platform maddi beklentiden bağımsız, "
						+ "iyi niyet ve sürdürülebilirlik üzerine kurgulanıyor. Ev sahibi işletme kendi sosyal "
						+ "sorumluluk çalışmalarını anlatır.\n"
						+ "Sonuç: katılımcılar ortak projeler için iş birliğini güçlendirmede görüş birliğine vardı.\n"
						+ "Haber kesin tarihi vermiyor; buradaki tarih yaklaşıktır (Aralık 2025).")
			.text("en",
					"Private Sector – NGO Cooperation Workshop, meeting 5: the Bursa Social Responsibility Platform",
					"Hosted by Villa Verde and moderated by a professor of Bursa Uludağ University's Faculty of "
							+ "Education. It designs the Bursa Social Responsibility Platform: its structure, "
							+ "priorities and road map, each member's financial, in-kind and expertise contributions "
							+ "under clear rules, more corporate volunteers, and one shared flagship project to start "
							+ "with. The date is approximate (December 2025).")
			.on(LocalDate.of(2025, 12, 16), "10:00", "13:30")
			.venue(villa)
			.capacity(40)
			.series(series, 5)
			.with(yesim, OrganizationRole.ORGANIZER)
			.with(villaVerde, OrganizationRole.HOST)
			.with(known.organization("bursa-uludag"), OrganizationRole.PARTNER), loader);
		held.put("bursa-edition-5", fifth);
	}

	/**
	 * The story counts promotional conferences among the directorate's programmes for the
	 * year but dates none: one stands for them, marked as an example.
	 */
	private void loadZanjan(Known known, Map<String, UUID> held, Actor loader) {
		UUID conference = create(new DemoEvent(EventKind.CONFERENCE, TEHRAN)
			.text("fa", "همایش ترویج فرهنگ تعاون در استان زنجان",
					"نمونه: خبر، برگزاری همایش‌ها و انتشار تولیدات ترویجی را از برنامه‌های مدیریت امور تعاون استان "
							+ "می‌شمارد و تاریخ یا مکان همایشی را نمی‌آورد.\n"
							+ "محورها: ترویج فرهنگ تعاون، نخستین راهبرد از ۷ راهبرد اساسی تحول در بخش تعاون؛ "
							+ "آشنا کردن دانش‌آموزان با کار تعاونی از راه تعاونی‌های دانش‌آموزی؛ تفاهم‌نامه با "
							+ "دانشگاه‌ها برای فعالیت دانش‌بنیان در قالب تعاونی؛ ایجاد و تقویت اتحادیه‌های تعاونی.")
			.text("en", "Conference on promoting the cooperative culture in Zanjan Province",
					"An example: the story lists conferences and publications among the cooperative affairs "
							+ "directorate's promotional programmes without dating one. Topics: the first of the 7 "
							+ "strategies (promoting the cooperative culture), student cooperatives in schools, MoUs "
							+ "with universities for knowledge-based cooperatives, creating and strengthening "
							+ "cooperative unions.")
			.on(LocalDate.of(2025, 10, 15), "09:00", "13:00")
			.region(known.place("ZanjanCounty"))
			.with(known.organization("zanjan-directorate"), OrganizationRole.ORGANIZER)
			.with(known.organization("zanjan-university"), OrganizationRole.PARTNER), loader);
		held.put("zanjan-conference", conference);
	}

	/**
	 * Per district two 2-day seminar-trainings and one 2-day meeting: 6 days, and the
	 * project's "12 tədbir" are these 12 days, so each day is an event, numbered in a
	 * series in the order they were held. The 20 women of each district's group were
	 * found by survey, so there is no open registration. The story gives the project's
	 * length (5 months) and the election day (22 December 2024), not the days: these
	 * stand in.
	 */
	private void loadAzerbaijan(Known known, Map<String, UUID> held, Actor loader) {
		UUID society = known.organization("az-society");
		String project = "“Regionlarda qadın və qızların bələdiyyələrdə iştiraklarını genişləndirməklə gender "
				+ "bərabərliyinin təbliği”";
		UUID series = this.events
			.createSeries("Regionlarda qadın və qızların bələdiyyələrdə iştirakı: layihənin 12 tədbiri",
					project + " layihəsi (QHT-lərə Dövlət Dəstəyi Agentliyinin maliyyə dəstəyi ilə): 5 ay ərzində "
							+ "Masallı və Astara rayonlarında hər birində 2 günlük 2 seminar-treninq və 2 günlük 1 "
							+ "görüş; hər gün bir tədbir sayılır, cəmi 12 tədbir; 22 dekabr 2024-cü il bələdiyyə "
							+ "seçkilərində namizəd olmaq istəyən 40 qadın (2 qrup x 20 nəfər).",
					loader)
			.id();
		List<ProjectDay> programme = List.of(
				new ProjectDay(EventKind.SEMINAR, "I seminar-treninq, 1-ci gün", "seminar-training I, day 1",
						"Bələdiyyələr, onların səlahiyyətləri və bələdiyyə seçkiləri haqqında qanun.",
						"Municipalities and the law on municipal elections."),
				new ProjectDay(EventKind.SEMINAR, "I seminar-treninq, 2-ci gün", "seminar-training I, day 2",
						"Seçki prosesinin aparılması; qadınlar arasında liderlik bacarıqlarının inkişafı.",
						"How an election is run; leadership skills."),
				new ProjectDay(EventKind.SEMINAR, "II seminar-treninq, 1-ci gün", "seminar-training II, day 1",
						"Namizəd qadınların hazırlanması: namizədliyin irəli sürülməsi və təşviqat kampaniyasının "
								+ "təşkili.",
						"Preparing the candidates: nomination and organizing a campaign."),
				new ProjectDay(EventKind.SEMINAR, "II seminar-treninq, 2-ci gün", "seminar-training II, day 2",
						"Namizədlərin öz seçki komandalarını formalaşdırması və təlimatlandırması; KİV ilə iş.",
						"Forming and briefing a campaign team; working with the media."),
				new ProjectDay(EventKind.STAKEHOLDER_MEETING, "görüşlər, 1-ci gün", "meetings, day 1",
						"KİV nümayəndələri və yerli QHT-lərlə görüşlər.",
						"Meetings with media representatives and local NGOs."),
				new ProjectDay(EventKind.STAKEHOLDER_MEETING, "görüşlər, 2-ci gün", "meetings, day 2",
						"Yerli hakimiyyət orqanları ilə görüşlər; seçki dairə və məntəqələrində görüşlər.",
						"Meetings with local authorities and at election constituencies and precincts."));
		List<District> districts = List.of(
				new District("Masallı", "Masallı", "Masally",
						List.of(LocalDate.of(2024, 8, 20), LocalDate.of(2024, 8, 21), LocalDate.of(2024, 9, 24),
								LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 6))),
				new District("Astara", "Astara", "Astara",
						List.of(LocalDate.of(2024, 8, 27), LocalDate.of(2024, 8, 28), LocalDate.of(2024, 10, 1),
								LocalDate.of(2024, 10, 2), LocalDate.of(2024, 11, 12), LocalDate.of(2024, 11, 13))));
		List<DemoEvent> scheduled = new ArrayList<>();
		for (District district : districts) {
			for (int i = 0; i < programme.size(); i++) {
				ProjectDay day = programme.get(i);
				scheduled.add(new DemoEvent(day.kind(), BAKU)
					.text("az", district.az() + ": " + day.az(), day.azAbout() + "\n" + project + " layihəsinin "
							+ "tədbiri; " + district.az() + " rayonunda bələdiyyə seçkilərinə namizəd olmaq istəyən "
							+ "20 qadından ibarət qrup üçün. İştirakçılar sorğu anketləri ilə müəyyən edilib.\n"
							+ "Tarix nümunədir: layihə yalnız 5 aylıq müddəti və 22 dekabr 2024-cü il seçkilərini "
							+ "bildirir.")
					.text("en", district.en() + ": " + day.en(),
							day.enAbout() + " For the group of 20 women in " + district.en()
									+ " District who intend to stand in the municipal elections of 22 December 2024. "
									+ "The date is an example: the project gives only its 5 months.")
					.on(district.days().get(i), "10:00", "16:00")
					.region(known.place(district.placeKey()))
					.capacity(20)
					.closed()
					.with(society, OrganizationRole.ORGANIZER));
			}
		}
		scheduled.sort(Comparator.comparing(DemoEvent::start));
		for (int i = 0; i < scheduled.size(); i++) {
			UUID id = create(scheduled.get(i).series(series, i + 1), loader);
			held.put("az-activity-" + (i + 1), id);
			if (i == 0) {
				held.put("az-first-seminar", id);
			}
		}
	}

	/**
	 * Meeting II on 3 March at the CIS, with the site visit of its workshops that closed
	 * it. The report gives no year; the project aimed to grow the sector by the end of
	 * 2018, and 3 March 2017 was a working day (in 2018 a Saturday), so 2017. Meeting I
	 * is known only from the numbering. The group's meetings are for its members: no open
	 * registration.
	 */
	private void loadSwietokrzyskie(Known known, Map<String, UUID> held, Actor loader) {
		UUID rops = known.organization("pl-rops");
		UUID cis = known.organization("pl-cis");
		String group = "Grupy Tematycznej ds. współpracy podmiotów o charakterze reintegracyjnym (CIS, KIS, ZAZ, WTZ)";
		UUID series = this.events
			.createSeries(
					"Grupa Tematyczna ds. współpracy podmiotów o charakterze reintegracyjnym (CIS, KIS, ZAZ, WTZ)",
					"Spotkania grupy prowadzonej przez Regionalny Ośrodek Polityki Społecznej w Kielcach w projekcie "
							+ "„Świętokrzyska Ekonomia Społeczna” (RPO WŚ 2014–2020, Oś priorytetowa 9, Działanie 9.3, "
							+ "Poddziałanie 9.3.2).",
					loader)
			.id();
		held.put("pl-series", series);
		UUID centre = this.events
			.createVenue(new VenueDraft("Centrum Integracji Społecznej w Skarżysku-Kamiennej", "Skarżysko-Kamienna",
					known.place("Skarżysko"), 51.1130, 20.8700, cis, WARSAW), loader)
			.id();
		create(new DemoEvent(EventKind.THEMATIC_GROUP_MEETING, WARSAW)
			.text("pl", "I spotkanie " + group,
					"Przykład: o pierwszym spotkaniu wiadomo tylko z numeracji – relacja z 3 marca nazywa tamto "
							+ "spotkanie drugim. Data i miejsce (Kielce) są przykładowe.")
			.text("en",
					"1st meeting of the Thematic Group on cooperation of reintegration entities (CIS, KIS, ZAZ, WTZ)",
					"An example: this meeting is known only from the numbering, as the report of 3 March calls "
							+ "that one the second. Its date and place (Kielce) are examples.")
			.on(LocalDate.of(2016, 11, 24), "10:00", "13:00")
			.region(known.place("Kielce"))
			.closed()
			.series(series, 1)
			.with(rops, OrganizationRole.ORGANIZER), loader);
		UUID second = create(new DemoEvent(EventKind.THEMATIC_GROUP_MEETING, WARSAW)
			.text("pl", "II spotkanie " + group,
					"Gospodarzem jest Centrum Integracji Społecznej w Skarżysku-Kamiennej. Temat przewodni: "
							+ "spółdzielnie socjalne jako dalsza droga reintegracji zawodowej i społecznej uczestników "
							+ "podmiotów reintegracyjnych.\n"
							+ "Otwarcie: wicedyrektor Regionalnego Ośrodka Polityki Społecznej.\n"
							+ "Wystąpienia: ekspert Stowarzyszenia Na Rzecz Spółdzielni Socjalnych (zakładanie i "
							+ "zasady działania spółdzielni socjalnych, korzyści z ich tworzenia przy podmiotach "
							+ "reintegracyjnych, działające przykłady); przedstawicielka Świętokrzyskiego Ośrodka "
							+ "Wsparcia Ekonomii Społecznej (rola i oferta OWES-ów); dyrektor CIS (metody reintegracji "
							+ "w Centrum); prezes Spółdzielni Socjalnej „PROM”, pierwszej spółdzielni instytucjonalnej "
							+ "w województwie, założonej przez absolwentów CIS.\n"
							+ "Na zakończenie zwiedzanie pracowni Centrum. Relacja nie podaje roku; przyjęto 2017.")
			.text("en",
					"2nd meeting of the Thematic Group on cooperation of reintegration entities (CIS, KIS, ZAZ, WTZ)",
					"Hosted by the Social Integration Centre in Skarżysko-Kamienna, on founding social cooperatives "
							+ "as the next step of reintegration. Speakers: the regional centre's deputy director, an "
							+ "expert of the association for social cooperatives, the Świętokrzyskie OWES, the host's "
							+ "director and the president of the social cooperative PROM, founded by the centre's "
							+ "graduates. The report gives no year; 2017 is assumed.")
			.on(LocalDate.of(2017, 3, 3), "10:00", "13:00")
			.venue(centre)
			.closed()
			.series(series, 2)
			.with(rops, OrganizationRole.ORGANIZER)
			.with(cis, OrganizationRole.HOST)
			.with(known.organization("pl-association"), OrganizationRole.PARTNER)
			.with(known.organization("pl-sowes"), OrganizationRole.PARTNER)
			.with(known.organization("pl-prom"), OrganizationRole.PARTNER), loader);
		held.put("pl-meeting-2", second);
		UUID visit = create(new DemoEvent(EventKind.SITE_VISIT, WARSAW)
			.text("pl", "Zwiedzanie pracowni Centrum Integracji Społecznej w Skarżysku-Kamiennej",
					"Zakończenie II spotkania Grupy Tematycznej: uczestnicy oglądają pracownie CIS – gastronomiczną, "
							+ "krawiecką, florystyczną i porządkowo-budowlaną.")
			.text("en", "Visit to the workshops of the Social Integration Centre in Skarżysko-Kamienna",
					"Closing the thematic group's 2nd meeting: the centre's catering, tailoring, floristry and "
							+ "cleaning-and-building workshops.")
			.on(LocalDate.of(2017, 3, 3), "13:00", "14:00")
			.venue(centre)
			.closed()
			.with(rops, OrganizationRole.ORGANIZER)
			.with(cis, OrganizationRole.HOST), loader);
		held.put("pl-site-visit", visit);
	}

	private UUID create(DemoEvent event, Actor loader) {
		return this.events.create(event.draft(), loader).id();
	}

	/**
	 * The demo organizations and places by key; a key that is not there fails the load,
	 * since an event drops an organization without id silently.
	 */
	private record Known(Map<String, UUID> organizations, Map<String, UUID> places) {

		UUID organization(String key) {
			return found(this.organizations, key);
		}

		UUID place(String key) {
			return found(this.places, key);
		}

		private static UUID found(Map<String, UUID> ids, String key) {
			UUID id = ids.get(key);
			if (id == null) {
				throw new IllegalStateException("No demo record " + key);
			}
			return id;
		}

	}

	private record ProjectDay(EventKind kind, String az, String en, String azAbout, String enAbout) {
	}

	private record District(String placeKey, String az, String en, List<LocalDate> days) {
	}

	/** A small builder, so that each story reads as a list. */
	private static final class DemoEvent {

		private final EventKind kind;

		private final ZoneId zone;

		private final Map<String, String> titles = new LinkedHashMap<>();

		private final Map<String, String> descriptions = new LinkedHashMap<>();

		private final List<EventDraft.Participation> organizations = new ArrayList<>();

		private LocalDateTime start;

		private LocalDateTime end;

		private UUID venueId;

		private UUID regionId;

		private Visibility visibility = Visibility.PUBLIC;

		private Integer capacity;

		private boolean registrationOpen = true;

		private UUID seriesId;

		private Integer edition;

		private UUID preparesId;

		DemoEvent(EventKind kind, ZoneId zone) {
			this.kind = kind;
			this.zone = zone;
		}

		DemoEvent text(String language, String title, String description) {
			this.titles.put(language, title);
			this.descriptions.put(language, description);
			return this;
		}

		DemoEvent on(LocalDate day, String from, String to) {
			this.start = day.atTime(LocalTime.parse(from));
			this.end = day.atTime(LocalTime.parse(to));
			return this;
		}

		DemoEvent venue(UUID venueId) {
			this.venueId = venueId;
			return this;
		}

		DemoEvent region(UUID regionId) {
			this.regionId = regionId;
			return this;
		}

		DemoEvent internal() {
			this.visibility = Visibility.INTERNAL;
			this.registrationOpen = false;
			return this;
		}

		DemoEvent capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		DemoEvent closed() {
			this.registrationOpen = false;
			return this;
		}

		DemoEvent series(UUID seriesId, int edition) {
			this.seriesId = seriesId;
			this.edition = edition;
			return this;
		}

		DemoEvent prepares(UUID eventId) {
			this.preparesId = eventId;
			return this;
		}

		DemoEvent with(UUID organizationId, OrganizationRole role) {
			this.organizations.add(new EventDraft.Participation(organizationId, role));
			return this;
		}

		LocalDateTime start() {
			return this.start;
		}

		EventDraft draft() {
			return new EventDraft(this.kind, this.titles, this.descriptions, this.start, this.end, this.zone,
					this.venueId, this.regionId, this.visibility, EventFormat.IN_PERSON, null, this.capacity,
					this.registrationOpen, this.seriesId, this.edition, this.preparesId, this.organizations, List.of());
		}

	}

}
