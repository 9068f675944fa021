package org.ortak.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.news.News;
import org.ortak.news.PostDraft;
import org.ortak.shared.security.Actor;

/**
 * The five stories told as news, so that a new installation's news page, feed and event
 * pages show real work: the Kocaeli workshop announced and reported, Bursa's fifth
 * workshop, the Zanjan directorate's plan, the Azerbaijani project before the elections
 * and the Świętokrzyskie thematic group's second meeting. Each is written afresh in its
 * story's language from the story's facts, with an English title and summary; people are
 * named by their functions, as in the events. Published oldest story first, so that the
 * newest leads the list.
 */
@Component
class NewsDemoData {

	private final News news;

	NewsDemoData(News news) {
		this.news = news;
	}

	/**
	 * Publishes the posts, given the events {@link EventDemoData} created and the
	 * organizations {@link DemoData} remembers, both by the demo's keys.
	 */
	void load(Map<String, UUID> events, Map<String, UUID> organizations, Actor loader) {
		Known known = new Known(events, organizations);
		publish(swietokrzyskie(known), loader);
		publish(azerbaijan(known), loader);
		publish(zanjan(known), loader);
		publish(kocaeliAnnouncement(known), loader);
		publish(kocaeliReport(known), loader);
		publish(bursa(known), loader);
	}

	/**
	 * The meeting's report with the sector figures of the condition survey, which the
	 * project's pages give beside it.
	 */
	private DemoPost swietokrzyskie(Known known) {
		return new DemoPost()
			.text("pl",
					"Spółdzielnia socjalna jako kolejny krok reintegracji – II spotkanie Grupy Tematycznej w CIS "
							+ "w Skarżysku-Kamiennej",
					"3 marca członkowie Grupy Tematycznej podmiotów reintegracyjnych (CIS, KIS, ZAZ, WTZ) spotkali się "
							+ "w Centrum Integracji Społecznej w Skarżysku-Kamiennej, by rozmawiać o zakładaniu "
							+ "spółdzielni socjalnych.",
					"""
							Drugie spotkanie Grupy Tematycznej ds. współpracy podmiotów o charakterze reintegracyjnym odbyło się 3 marca w Centrum Integracji Społecznej w Skarżysku-Kamiennej. Grupę prowadzi Regionalny Ośrodek Polityki Społecznej w Kielcach w projekcie „Świętokrzyska Ekonomia Społeczna”, a spotkanie otworzyła wicedyrektor ROPS.

							Rozmawiano o tym, co dalej z uczestnikami CIS, KIS, ZAZ i WTZ, którzy kończą reintegrację – i o spółdzielni socjalnej jako odpowiedzi. Ekspert Stowarzyszenia Na Rzecz Spółdzielni Socjalnych wyjaśnił, jak taką spółdzielnię założyć i prowadzić oraz co zyskuje podmiot reintegracyjny, przy którym powstaje. Przedstawicielka Świętokrzyskiego Ośrodka Wsparcia Ekonomii Społecznej opisała, w czym może pomóc OWES. Dyrektor CIS przedstawiła metody pracy Centrum, a prezes Spółdzielni Socjalnej „PROM”, założonej przez absolwentów CIS, opowiedział o jej działalności.

							Na koniec goście obejrzeli pracownie Centrum: gastronomiczną, krawiecką, florystyczną i porządkowo-budowlaną.

							Według badania kondycji sektora w województwie świętokrzyskim działa ok. 280 aktywnych podmiotów ekonomii społecznej, w których pracuje prawie 3400 mieszkańców regionu, choć wiele z nich nie prowadzi działalności zarobkowej ani nie zatrudnia płatnego personelu. Wszystkie można znaleźć na mapie podmiotów ekonomii społecznej województwa.
							""")
			.text("en",
					"A social cooperative as the next step of reintegration: the thematic group's 2nd meeting at the "
							+ "CIS in Skarżysko-Kamienna",
					"On 3 March the thematic group of reintegration entities (CIS, KIS, ZAZ, WTZ) met at the Social "
							+ "Integration Centre in Skarżysko-Kamienna to discuss founding social cooperatives.")
			.about(known.event("pl-meeting-2"))
			.with(known.organization("pl-rops"), known.organization("pl-cis"), known.organization("pl-prom"),
					known.organization("pl-association"), known.organization("pl-sowes"));
	}

	/** An announcement at the project's start, before its first seminar. */
	private DemoPost azerbaijan(Known known) {
		return new DemoPost()
			.text("az", "Masallı və Astarada 40 qadın bələdiyyə seçkilərinə hazırlaşır",
					"D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti 22 dekabr 2024-cü il "
							+ "bələdiyyə seçkilərindən öncə iki rayonda namizəd olmaq istəyən qadınlar üçün 12 tədbir "
							+ "keçirir.",
					"""
							D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi QHT-lərə Dövlət Dəstəyi Agentliyinin maliyyə dəstəyi ilə beş aylıq yeni layihəyə start verib. Məqsəd Masallı və Astara rayonlarında qadınların 22 dekabr 2024-cü il bələdiyyə seçkilərində daha fəal iştirakı və bələdiyyələrdə daha çox təmsil olunmasıdır.

							Layihəyə seçkidə namizəd olmaq niyyətində olan 40 qadın qatılır: hər rayondan 20 nəfərlik bir qrup. İştirakçılar əvvəlcə sorğu anketləri ilə müəyyən olunur. Hər rayonda ikigünlük iki seminar-treninq və ikigünlük bir görüş nəzərdə tutulub – cəmi 12 tədbir.

							Proqramın əsas mövzuları:

							- bələdiyyələr, bələdiyyə seçkiləri haqqında qanun və seçki prosesinin gedişi;
							- liderlik bacarıqları və namizədliyə hazırlıq;
							- KİV nümayəndələri və yerli QHT-lərlə görüşlər;
							- yerli hakimiyyət orqanları ilə, seçki dairə və məntəqələrində görüşlər.

							Layihənin sonunda qadınların öz seçki komandalarını qurması, təşviqat aparmağı öyrənməsi və bələdiyyə seçkilərində qadın namizədlərin sayının artması gözlənilir.
							""")
			.text("en", "40 women prepare for the municipal elections in Masally and Astara",
					"Before the municipal elections of 22 December 2024, a women's rights society holds 12 events in "
							+ "two districts for women who intend to stand as candidates.")
			.about(known.event("az-first-seminar"))
			.with(known.organization("az-society"), known.organization("az-agency"));
	}

	/**
	 * The directorate's plan, about the promotional conference that stands for the ones
	 * the story counts among its programmes.
	 */
	private DemoPost zanjan(Known known) {
		return new DemoPost()
			.text("fa", "۷ راهبرد و ۴۹ برنامه عملیاتی برای تحول بخش تعاون در استان زنجان",
					"معاونت امور تعاون اداره کل تعاون، کار و رفاه اجتماعی استان زنجان کار امسال خود را بر ۷ راهبرد "
							+ "ابلاغ‌شده از سوی وزارت بنا کرده و برای هر راهبرد ۷ برنامه عملیاتی در نظر گرفته است.",
					"""
							برنامه امسال معاونت امور تعاون در استان زنجان بر ۷ راهبردی تکیه دارد که معاونت امور تعاون وزارت تعاون، کار و رفاه اجتماعی به استان‌ها ابلاغ کرده است؛ هر راهبرد ۷ برنامه عملیاتی دارد:

							1. ترویج فرهنگ تعاون
							2. تقویت همکاری میان دستگاه‌های اجرایی
							3. تحکیم تعاملات شبکه‌ای میان تعاونی‌ها، با ایجاد و تقویت اتحادیه‌های تعاونی
							4. تأمین مشوق‌ها و منابع مالی
							5. توسعه بازار و تقویت برند تعاونی‌ها، از جمله کمک به اخذ گواهی ایزو و استقرار چرخه بهره‌وری
							6. گسترش نظارت بر تعاونی‌ها
							7. توسعه مدیریت و توانمندسازی منابع انسانی تعاونی‌ها

							پشتوانه این برنامه‌ها سند توسعه تعاون است که هیئت وزیران در سال ۱۳۹۲ تصویب کرد و در آن سهم هر دستگاه اجرایی روشن شده است؛ از همین رو اداره کل پیشبرد آن را بدون همراهی همه دستگاه‌ها ممکن نمی‌داند.

							در حوزه ترویج، با چند دانشگاه تفاهم‌نامه امضا شده تا فعالیت دانش‌بنیان در قالب تعاونی گسترش یابد، تعاونی‌های دانش‌آموزی در مدارس پا می‌گیرد و همایش‌ها و تولیدات ترویجی در دستور کار است. همایش ترویج فرهنگ تعاون استان نیز بر همین محورها برگزار می‌شود.

							فعال کردن دوباره تعاونی‌های نیمه‌فعال و غیرفعال هم در برنامه است. اعتبارات اشتغال‌زایی امسال هنوز ابلاغ نشده؛ پس از اعلام، تعاونی‌ها می‌توانند با ارائه طرح توجیهی برای آن درخواست دهند.
							""")
			.text("en", "Seven strategies and 49 operational programmes to transform Zanjan's cooperative sector",
					"The cooperative affairs deputy of Zanjan Province's directorate of cooperatives, labour and social "
							+ "welfare bases this year's work on 7 strategies set by the ministry, each with 7 "
							+ "operational programmes.")
			.about(known.event("zanjan-conference"))
			.with(known.organization("zanjan-directorate"));
	}

	private DemoPost kocaeliAnnouncement(Known known) {
		return new DemoPost()
			.text("tr", "Kadın kooperatifleri 4 Kasım'da Kocaeli Kongre Merkezi'nde buluşuyor",
					"Kocaeli Valiliği, Kocaeli Büyükşehir Belediyesi ve Kocaeli Üniversitesi'nin birlikte düzenlediği "
							+ "Kocaeli Kadın Kooperatifleri Çalıştayı, 4 Kasım 2025 Salı günü sekiz konu başlığıyla "
							+ "toplanıyor.",
					"""
							Kentteki kadın kooperatifleri, kamu kurumları ve üniversite 4 Kasım 2025 Salı günü Kocaeli Kongre Merkezi'nde aynı masaya oturuyor. Büyükşehir Belediyesi Kadın ve Aile Hizmetleri Dairesi Başkanlığı'nın ev sahipliğindeki çalıştay, kadın emeğini kentin kalkınmasında daha görünür kılmayı ve kooperatifleri birbirine yaklaştırmayı hedefliyor.

							Günün programı Maide Restoran'daki paydaş odak toplantısında şekillendi. Daire başkanı ve şube müdürleri, İl Ticaret Müdürü, proje danışmanı, Kent Konseyi Kadın Meclisi Başkanı, KOÜ Teknopark Müdürü ve kooperatif temsilcileri akışı, oturumları ve kooperatiflerin yapacağı sunumları birlikte belirledi.

							Her başlıkta önce deneyimler ve bugünkü durum konuşulacak, ardından planlar, iyi örnekler ve çözüm önerileri masaya gelecek:

							- üretim kapasitesi
							- mali dayanıklılık
							- üye katılımı
							- toplumsal etki
							- satış ve dağıtım modelleri
							- eğitim programları
							- çevre dostu üretim
							- fon kaynaklarına erişim
							""")
			.text("en", "Women's cooperatives meet at the Kocaeli Congress Centre on 4 November",
					"The Kocaeli Women's Cooperatives Workshop, co-organized by the governorship, the metropolitan "
							+ "municipality and Kocaeli University, meets on Tuesday 4 November 2025 around eight "
							+ "topics.")
			.about(known.event("kocaeli-workshop"))
			.with(known.organization("kocaeli-municipality"), known.organization("kocaeli-governorship"),
					known.organization("kocaeli-university"), known.organization("kocaeli-trade-directorate"),
					known.organization("kocaeli-womens-assembly"), known.organization("kocaeli-technopark"));
	}

	/**
	 * The story was written before the workshop: the report tells what its programme set
	 * out, not what any proposal said, and says so.
	 */
	private DemoPost kocaeliReport(Known known) {
		return new DemoPost()
			.text("tr", "Kadın Kooperatifleri Çalıştayı sekiz başlıkta çözüm önerileriyle tamamlandı",
					"4 Kasım'da Kocaeli Kongre Merkezi'nde buluşan kadın kooperatifleri, üretimden fona erişime sekiz "
							+ "başlıkta sorunlarını ve önerilerini ortaya koydu.",
					"""
							Kocaeli Valiliği, Kocaeli Büyükşehir Belediyesi ve Kocaeli Üniversitesi'nin ortak düzenlediği Kocaeli Kadın Kooperatifleri Çalıştayı 4 Kasım 2025'te Kocaeli Kongre Merkezi'nde yapıldı. Ev sahibi Büyükşehir'in Kadın ve Aile Hizmetleri Dairesi Başkanlığı'ydı.

							Çalışma sekiz başlıkta yürüdü: üretim kapasitesi, mali dayanıklılık, üye katılımı, toplumsal etki, satış ve dağıtım modelleri, eğitim programları, çevre dostu üretim ve fon kaynaklarına erişim. Her başlıkta kooperatifler yaşadıklarını ve bugünkü durumlarını anlattı, planlarını ve iyi örneklerini paylaştı, ardından sorunlara çözüm önerileri geliştirdi.

							Öneriler başlık başlık kayda geçti; hangisini kimin, hangi tarihe kadar üstleneceği düzenleyici kurumların gündeminde.

							_Örnek haber: çalıştayın sonuç raporu henüz yayımlanmadı; bu metin çalıştayın programına dayanır ve önerilerin içeriğini aktarmaz._
							""")
			.text("en", "Women's Cooperatives Workshop ends with solution proposals under eight headings",
					"Meeting at the Kocaeli Congress Centre on 4 November, the women's cooperatives set out their "
							+ "problems and proposals under eight headings, from production to access to funding.")
			.about(known.event("kocaeli-workshop"))
			.with(known.organization("kocaeli-municipality"), known.organization("kocaeli-governorship"),
					known.organization("kocaeli-university"));
	}

	/**
	 * "Manevi" katkı is the story's word for what is given in kind; the post keeps it
	 * beside its meaning.
	 */
	private DemoPost bursa(Known known) {
		return new DemoPost()
			.text("tr", "Bursa Sosyal Sorumluluk Platformu'nun ilk taslağı Villa Verde'de çizildi",
					"Yeşim Grup'un koordine ettiği özel sektör–STK çalıştaylarının beşincisi, kurumların maddi, manevi "
							+ "ve uzmanlık katkılarıyla işleyecek bir platformun yol haritasını konuştu.",
					"""
							Yeşim Grup'un 2023'te başlattığı "Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?" çalıştaylarının beşinci buluşmasına bu kez Villa Verde ev sahipliği yaptı. Önceki dört buluşmayı sırasıyla Yeşim Grup, LÖDER, SEGER ve LÖSEV ağırlamıştı. Oturumu Bursa Uludağ Üniversitesi Eğitim Fakültesi'nden bir öğretim üyesi yönetti.

							Gündemin merkezinde Bursa Sosyal Sorumluluk Platformu vardı. Katılımcılar platformun nasıl örgütleneceğini, ilk dönemde nelere öncelik vereceğini ve yol haritasını tartıştı. Ortak projelerde her kurumun ne getireceğinin açık kurallara bağlanması istendi:

							- **maddi** katkı: bütçe ve finansman,
							- **manevi** katkı: mekân, malzeme, emek gibi ayni destek,
							- **uzmanlık** katkısı: kurumların bilgi ve deneyimi.

							Yeşim Grup, şirketlerde kurumsal gönüllülüğü büyütmeyi, sivil toplum kuruluşlarının da bu süreçten güçlenerek çıkmasını hedeflediklerini anlattı; işe herkesin katılabileceği tek bir ortak ana projeyle başlamayı ve güveni bu proje üzerinden büyütmeyi önerdi. Villa Verde ise bugüne kadar yürüttüğü sosyal sorumluluk çalışmalarını tanıttı.

							Toplantı, Bursa'da ortak projeler için güçleri birleştirme yönünde görüş birliğiyle kapandı.
							""")
			.text("en", "First outline of the Bursa Social Responsibility Platform drawn up at Villa Verde",
					"The fifth of the private sector–NGO workshops coordinated by Yeşim Grup discussed a road map for a "
							+ "platform run on its members' financial, in-kind and expertise contributions.")
			.about(known.event("bursa-edition-5"))
			.with(known.organization("bursa-yesim"), known.organization("bursa-villa-verde"),
					known.organization("bursa-uludag"), known.organization("bursa-loder"),
					known.organization("bursa-seger"), known.organization("bursa-losev"));
	}

	private void publish(DemoPost post, Actor loader) {
		UUID id = this.news.create(post.draft(), loader).id();
		this.news.publish(id, true, null, loader);
	}

	/**
	 * The demo events and organizations by key; a key that is not there fails the load,
	 * rather than a post about nothing.
	 */
	private record Known(Map<String, UUID> events, Map<String, UUID> organizations) {

		UUID event(String key) {
			return found(this.events, key);
		}

		UUID organization(String key) {
			return found(this.organizations, key);
		}

		private static UUID found(Map<String, UUID> ids, String key) {
			UUID id = ids.get(key);
			if (id == null) {
				throw new IllegalStateException("No demo record " + key);
			}
			return id;
		}

	}

	/** A small builder, so that each story reads as a post. */
	private static final class DemoPost {

		private final Map<String, PostDraft.TextDraft> texts = new LinkedHashMap<>();

		private final List<UUID> organizations = new ArrayList<>();

		private UUID eventId;

		/** The first text given is the language the post was written in. */
		DemoPost text(String language, String title, String summary, String body) {
			this.texts.put(language, new PostDraft.TextDraft(title, summary, body));
			return this;
		}

		DemoPost text(String language, String title, String summary) {
			return text(language, title, summary, null);
		}

		DemoPost about(UUID eventId) {
			this.eventId = eventId;
			return this;
		}

		DemoPost with(UUID... organizationIds) {
			this.organizations.addAll(List.of(organizationIds));
			return this;
		}

		PostDraft draft() {
			return new PostDraft(this.texts, this.eventId, this.organizations, List.of(), List.of());
		}

	}

}
