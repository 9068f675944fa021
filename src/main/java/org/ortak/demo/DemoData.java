package org.ortak.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Certification;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationDraft;
import org.ortak.organizations.OrganizationKind;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.Sector;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionLevel;
import org.ortak.regions.Regions;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

import static org.ortak.regions.RegionLevel.CITY;
import static org.ortak.regions.RegionLevel.CITY_COUNTY;
import static org.ortak.regions.RegionLevel.COUNTRY;
import static org.ortak.regions.RegionLevel.ECONOMIC_REGION;
import static org.ortak.regions.RegionLevel.GMINA;
import static org.ortak.regions.RegionLevel.IL;
import static org.ortak.regions.RegionLevel.ILCE;
import static org.ortak.regions.RegionLevel.OSTAN;
import static org.ortak.regions.RegionLevel.POWIAT;
import static org.ortak.regions.RegionLevel.RAYON;
import static org.ortak.regions.RegionLevel.SHAHRESTAN;
import static org.ortak.regions.RegionLevel.VOIVODESHIP;

/**
 * The five stories' places and organizations, with their real names in their own
 * languages and scripts and approximate coordinates, then their events and the news that
 * tells of them. Loaded once, into an empty register.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Actor LOADER = new Actor("ortak", Set.of(Role.ADMIN), Set.of());

	private final Regions regions;

	private final Organizations organizations;

	private final boolean enabled;

	private final EventDemoData events;

	private final NewsDemoData news;

	private final NetworkDemoData networks;

	private final AgreementDemoData agreements;

	private final VolunteeringDemoData volunteering;

	private final PlanDemoData plans;

	private final ProjectDemoData projects;

	private final Map<String, UUID> places = new HashMap<>();

	/** The organizations the events and the news refer to, by a key of the demo's own. */
	private final Map<String, UUID> organizationIds = new HashMap<>();

	DemoData(Regions regions, Organizations organizations, EventDemoData events, NewsDemoData news,
			NetworkDemoData networks, AgreementDemoData agreements, VolunteeringDemoData volunteering,
			PlanDemoData plans, ProjectDemoData projects, @Value("${ortak.demo-data:true}") boolean enabled) {
		this.networks = networks;
		this.volunteering = volunteering;
		this.plans = plans;
		this.projects = projects;
		this.agreements = agreements;
		this.regions = regions;
		this.organizations = organizations;
		this.events = events;
		this.news = news;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.regions.isEmpty()) {
			return;
		}
		loadRegions();
		loadKocaeli();
		loadBursa();
		loadZanjan();
		loadAzerbaijan();
		loadSwietokrzyskie();
		Map<String, UUID> held = this.events.load(this.organizationIds, this.places, LOADER);
		this.news.load(held, this.organizationIds, LOADER);
		Map<String, UUID> networkIds = this.networks.load(this.organizationIds, this.places, held, LOADER);
		this.agreements.load(this.organizationIds, networkIds, LOADER);
		this.volunteering.load(this.organizationIds, this.places, networkIds, LOADER);
		this.plans.load(this.organizationIds, LOADER);
		this.projects.load(this.organizationIds, this.places, held, LOADER);
		log.info("Loaded the demo register: {} regions, the organizations, the events and the news of the five stories",
				this.places.size());
	}

	/**
	 * Each place with its own name, its names in the five languages (en, tr, az, fa, pl),
	 * its level in its country's hierarchy and its official codes (ISO 3166, TERYT).
	 */
	private void loadRegions() {
		place("TR", null, COUNTRY, "Türkiye", "TR", null, in("Turkey", "Türkiye", "Türkiyə", "ترکیه", "Turcja"));
		place("Kocaeli", "TR", IL, "Kocaeli", "TR-41", "41", in("Kocaeli", "Kocaeli", "Kocaeli", "کوجائلی", "Kocaeli"));
		place("İzmit", "Kocaeli", ILCE, "İzmit", null, null, in("İzmit", "İzmit", "İzmit", "ازمیت", "Izmit"));
		place("Kartepe", "Kocaeli", ILCE, "Kartepe", null, null,
				in("Kartepe", "Kartepe", "Kartepe", "کارتپه", "Kartepe"));
		place("Gebze", "Kocaeli", ILCE, "Gebze", null, null, in("Gebze", "Gebze", "Gebze", "گبزه", "Gebze"));
		place("Başiskele", "Kocaeli", ILCE, "Başiskele", null, null,
				in("Başiskele", "Başiskele", "Başiskele", "باشیسکله", "Başiskele"));
		// LÖSEV's headquarters (the Bursa story's fourth host)
		place("Ankara", "TR", IL, "Ankara", "TR-06", "06", in("Ankara", "Ankara", "Ankara", "آنکارا", "Ankara"));
		place("Bursa", "TR", IL, "Bursa", "TR-16", "16", in("Bursa", "Bursa", "Bursa", "بورسا", "Bursa"));
		place("Osmangazi", "Bursa", ILCE, "Osmangazi", null, null,
				in("Osmangazi", "Osmangazi", "Osmanqazi", "عثمان‌غازی", "Osmangazi"));
		place("Nilüfer", "Bursa", ILCE, "Nilüfer", null, null,
				in("Nilüfer", "Nilüfer", "Nilüfer", "نیلوفر", "Nilüfer"));
		place("IR", null, COUNTRY, "ایران", "IR", null, in("Iran", "İran", "İran", "ایران", "Iran"));
		place("Zanjan", "IR", OSTAN, "استان زنجان", "IR-19", null,
				in("Zanjan Province", "Zencan Eyaleti", "Zəncan ostanı", "استان زنجان", "ostan Zandżan"));
		place("ZanjanCounty", "Zanjan", SHAHRESTAN, "شهرستان زنجان", null, null,
				in("Zanjan County", "Zencan Şehristanı", "Zəncan şəhristanı", "شهرستان زنجان", "szahrestan Zandżan"));
		place("Tehran", "IR", OSTAN, "استان تهران", "IR-23", null,
				in("Tehran Province", "Tahran Eyaleti", "Tehran ostanı", "استان تهران", "ostan Teheran"));
		place("AZ", null, COUNTRY, "Azərbaycan", "AZ", null,
				in("Azerbaijan", "Azerbaycan", "Azərbaycan", "جمهوری آذربایجان", "Azerbejdżan"));
		place("Baku", "AZ", CITY, "Bakı", "AZ-BA", null, in("Baku", "Bakü", "Bakı", "باکو", "Baku"));
		place("LankaranAstara", "AZ", ECONOMIC_REGION, "Lənkəran-Astara iqtisadi rayonu", null, null,
				in("Lankaran-Astara Economic Region", "Lenkeran-Astara Ekonomik Bölgesi",
						"Lənkəran-Astara iqtisadi rayonu", "منطقه اقتصادی لنکران-آستارا",
						"region ekonomiczny Lenkoran-Astara"));
		place("Masallı", "LankaranAstara", RAYON, "Masallı rayonu", "AZ-MAS", null,
				in("Masally District", "Masallı Rayonu", "Masallı rayonu", "ناحیه ماسالی", "rejon Masallı"));
		place("Astara", "LankaranAstara", RAYON, "Astara rayonu", "AZ-AST", null,
				in("Astara District", "Astara Rayonu", "Astara rayonu", "ناحیه آستارا", "rejon Astara"));
		place("PL", null, COUNTRY, "Polska", "PL", null, in("Poland", "Polonya", "Polşa", "لهستان", "Polska"));
		place("Świętokrzyskie", "PL", VOIVODESHIP, "województwo świętokrzyskie", "PL-26", "26",
				in("Świętokrzyskie Voivodeship", "Świętokrzyskie Voyvodalığı", "Świętokrzyskie voyevodalığı",
						"استان شوینتوکشیسکیه", "województwo świętokrzyskie"));
		place("SkarżyskiPowiat", "Świętokrzyskie", POWIAT, "powiat skarżyski", null, "2610", in("Skarżysko County",
				"Skarżysko Powiatı", "Skarżysko powiatı", "شهرستان اسکارژیسکو", "powiat skarżyski"));
		place("Skarżysko", "SkarżyskiPowiat", GMINA, "Skarżysko-Kamienna", null, "2610011", in("Skarżysko-Kamienna",
				"Skarżysko-Kamienna", "Skarżysko-Kamienna", "اسکارژیسکو-کامینا", "Skarżysko-Kamienna"));
		place("Kielce", "Świętokrzyskie", CITY_COUNTY, "Kielce", null, "2661011",
				in("Kielce", "Kielce", "Kielce", "کیلتسه", "Kielce"));
		place("Wielkopolskie", "PL", VOIVODESHIP, "województwo wielkopolskie", "PL-30", "30",
				in("Greater Poland Voivodeship", "Büyük Polonya Voyvodalığı", "Böyük Polşa voyevodalığı",
						"استان لهستان بزرگ", "województwo wielkopolskie"));
		place("Poznań", "Wielkopolskie", CITY_COUNTY, "Poznań", null, "3064011",
				in("Poznań", "Poznań", "Poznan", "پوزنان", "Poznań"));
	}

	/**
	 * The workshop's co-organizers and the stakeholders at its focus meeting. The
	 * congress centre and the restaurant are the places of its events, not actors: the
	 * events bring venues. The story names none of the women's cooperatives it gathers;
	 * four examples stand for them, marked so in their descriptions.
	 */
	private void loadKocaeli() {
		add(org("Kocaeli Valiliği", OrganizationKind.PUBLIC_AUTHORITY, "İzmit", 40.7656, 29.9408)
			.as("kocaeli-governorship")
			.address("Kocaeli Valiliği, İzmit, Kocaeli")
			.sectors(Sector.SOCIAL_SERVICES)
			.describe("Kocaeli Kadın Kooperatifleri Çalıştayı'nın (4 Kasım) düzenleyicilerinden; "
					+ "Kocaeli Büyükşehir Belediyesi ve Kocaeli Üniversitesi ile iş birliğinde."));
		add(org("Kocaeli Büyükşehir Belediyesi", OrganizationKind.PUBLIC_AUTHORITY, "İzmit", 40.7662, 29.9317)
			.as("kocaeli-municipality")
			.address("Kocaeli Büyükşehir Belediyesi, İzmit, Kocaeli")
			.sectors(Sector.SOCIAL_SERVICES, Sector.WOMEN_RIGHTS)
			.website("https://www.kocaeli.bel.tr")
			.describe("Kadın ve Aile Hizmetleri Dairesi Başkanlığı, Kocaeli Kadın Kooperatifleri Çalıştayı'na "
					+ "(4 Kasım Salı, Kocaeli Kongre Merkezi) ev sahipliği yapar ve çalıştay öncesi paydaş odak "
					+ "toplantısını düzenledi. Çalıştay 8 konu başlığında çözüm önerileri üretir: üretim kapasitesi, "
					+ "mali dayanıklılık, üye katılımı, toplumsal etki, satış ve dağıtım modelleri, eğitim programları, "
					+ "çevre dostu üretim, fon kaynaklarına erişim."));
		add(org("Kocaeli Üniversitesi", OrganizationKind.UNIVERSITY, "İzmit", 40.8222, 29.9230).shortName("KOÜ")
			.as("kocaeli-university")
			.address("Umuttepe Yerleşkesi, İzmit, Kocaeli")
			.sectors(Sector.EDUCATION, Sector.RESEARCH)
			.founded(1992, 7, 3)
			.describe("Kocaeli Kadın Kooperatifleri Çalıştayı'nın düzenleyicilerinden."));
		add(org("Kocaeli Ticaret İl Müdürlüğü", OrganizationKind.PUBLIC_AUTHORITY, "İzmit", 40.7671, 29.9402)
			.as("kocaeli-trade-directorate")
			.sectors(Sector.TRADE)
			.describe("Ticaret Bakanlığı'nın il müdürlüğü (haberde: Kocaeli İl Ticaret Müdürlüğü); kooperatiflerin "
					+ "kuruluş, kayıt ve denetim işlerini yürütür. İl Ticaret Müdürü paydaş odak toplantısına katıldı."));
		add(org("Kocaeli Kent Konseyi Kadın Meclisi", OrganizationKind.OTHER, "İzmit", 40.7655, 29.9380)
			.as("kocaeli-womens-assembly")
			.sectors(Sector.WOMEN_RIGHTS, Sector.CIVIC_PARTICIPATION)
			.describe("Kocaeli Kent Konseyi'nin kadın meclisi; başkanı paydaş odak toplantısına katıldı."));
		add(org("Kocaeli Üniversitesi Teknoloji Geliştirme Bölgesi", OrganizationKind.COMPANY, "İzmit", 40.8178,
				29.9300)
			.as("kocaeli-technopark")
			.shortName("KOÜ Teknopark")
			.legalForm("Anonim Şirket")
			.sectors(Sector.TECHNOLOGY, Sector.RESEARCH)
			.describe("Müdürü paydaş odak toplantısına katıldı."));
		String example = "Örnek kayıt: haber, Kocaeli Kadın Kooperatifleri Çalıştayı'nın bir araya getirdiği "
				+ "kadın kooperatiflerinden hiçbirini adıyla anmıyor; bu kayıt onları temsil eden bir örnektir, "
				+ "gerçek bir kooperatif değildir. ";
		add(org("Kuruçeşme Kadın Girişimi Üretim ve İşletme Kooperatifi", OrganizationKind.COOPERATIVE, "İzmit",
				40.7702, 29.9605)
			.subKind("WOMEN_ENTERPRISE")
			.sectors(Sector.FOOD, Sector.HANDICRAFTS)
			.members(28, 28)
			.employees(4, 4)
			.income(true)
			.founded(2019, 3, 12)
			.describe(example + "Ev yemekleri, erişte ve tarhana üretir, el emeği ürünler satar; çalıştayda "
					+ "satış ve dağıtım modelleri başlığında deneyimini paylaşır."));
		add(org("Maşukiye Kadın Girişimi Üretim ve İşletme Kooperatifi", OrganizationKind.COOPERATIVE, "Kartepe",
				40.6990, 30.1120)
			.subKind("WOMEN_ENTERPRISE")
			.sectors(Sector.FOOD, Sector.AGRICULTURE, Sector.TOURISM)
			.members(19, 19)
			.employees(2, 2)
			.income(true)
			.founded(2021, 6, 8)
			.describe(example + "Reçel, turşu ve yöresel ürünler üretip köy pazarında ve ziyaretçilere satar; "
					+ "çalıştayda üretim kapasitesi başlığına katkı verir."));
		add(org("Eskihisar Kadın Girişimi Üretim ve İşletme Kooperatifi", OrganizationKind.COOPERATIVE, "Gebze",
				40.7690, 29.4280)
			.subKind("WOMEN_ENTERPRISE")
			.sectors(Sector.TEXTILES, Sector.HANDICRAFTS)
			.members(34, 34)
			.employees(6, 6)
			.income(true)
			.founded(2017, 10, 2)
			.describe(example + "Gebze'nin sanayi kuruluşlarına iş elbisesi diker, nakış işleri yapar; çalıştayda "
					+ "fon kaynaklarına erişim başlığında deneyimini anlatır."));
		OrganizationDetails yuvacik = add(org("Yuvacık Kadın Girişimi Üretim ve İşletme Kooperatifi",
				OrganizationKind.COOPERATIVE, "Başiskele", 40.6930, 29.9700)
			.subKind("WOMEN_ENTERPRISE")
			.sectors(Sector.AGRICULTURE, Sector.FOOD, Sector.ENVIRONMENT)
			.members(12, 12)
			.income(false)
			.founded(2018, 4, 23)
			.describe(example + "Kimyasal gübre kullanmadan sebze ve fide yetiştirir (çevre dostu üretim); "
					+ "üye katılımı azaldığı için yarı aktif, çalıştaydaki üye katılımı başlığının konusu."));
		this.organizations.changeStatus(yuvacik.id(), OrganizationStatus.SEMI_ACTIVE, LocalDate.of(2024, 2, 1),
				"Örnek: üye katılımı azaldı, genel kurul iki yıldır toplanamadı; üretim yalnızca mevsimlik sürüyor",
				null, LOADER);
	}

	/**
	 * The workshop series' coordinator and its hosts in turn (editions 1 to 5), and the
	 * moderator's university. LÖSEV hosted the fourth edition in Bursa; its headquarters
	 * are in Ankara.
	 */
	private void loadBursa() {
		add(org("Yeşim Grup", OrganizationKind.COMPANY, "Nilüfer", 40.2140, 28.9700).as("bursa-yesim")
			.sectors(Sector.TEXTILES, Sector.CORPORATE_RESPONSIBILITY)
			.describe("\"Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?\" "
					+ "çalıştaylar serisini 2023'te başlattı ve koordine eder; serinin 1. buluşmasına ev sahipliği "
					+ "yaptı. 5. buluşmada Bursa Sosyal Sorumluluk Platformu'nun işleyiş modeli ve yol haritası "
					+ "ele alındı: kurumların maddi, manevi ve uzmanlık temelli katkıları, kurumsal gönüllülük, "
					+ "ortak bir ana proje."));
		add(org("Bursa Lösemili Çocuklara Yardım Derneği", OrganizationKind.ASSOCIATION, "Bursa", 40.1885, 29.0610)
			.as("bursa-loder")
			.shortName("LÖDER")
			.sectors(Sector.HEALTH_CARE, Sector.SOCIAL_SERVICES)
			.describe("Çalıştay serisinin 2. buluşmasına ev sahipliği yaptı."));
		add(org("SEGER", OrganizationKind.ASSOCIATION, "Bursa", 40.1885, 29.0610).as("bursa-seger")
			.describe("Çalıştay serisinin 3. buluşmasına ev sahipliği yapan sivil toplum kuruluşu; "
					+ "haber yalnızca kısa adını veriyor."));
		add(org("Lösemili Çocuklar Vakfı", OrganizationKind.FOUNDATION, "Ankara", 39.9334, 32.8597).shortName("LÖSEV")
			.as("bursa-losev")
			.address("Ankara")
			.sectors(Sector.HEALTH_CARE, Sector.EDUCATION)
			.website("https://www.losev.org.tr")
			.founded(1998, 11, 8)
			.describe("Lösemili Çocuklar Sağlık ve Eğitim Vakfı; genel merkezi Ankara'da, Bursa dahil birçok ilde "
					+ "temsilciliği var. Bursa'daki çalıştay serisinin 4. buluşmasına ev sahipliği yaptı."));
		add(org("Villa Verde", OrganizationKind.COMPANY, "Bursa", 40.1885, 29.0610).as("bursa-villa-verde")
			.sectors(Sector.CORPORATE_RESPONSIBILITY)
			.describe("Yerel işletme; çalıştay serisinin 5. buluşmasına ev sahipliği yaptı ve bugüne kadar hayata "
					+ "geçirdiği sosyal sorumluluk çalışmalarını katılımcılarla paylaştı."));
		add(org("Bursa Uludağ Üniversitesi", OrganizationKind.UNIVERSITY, "Nilüfer", 40.2255, 28.8720).shortName("BUÜ")
			.as("bursa-uludag")
			.address("Görükle Yerleşkesi, Nilüfer, Bursa")
			.sectors(Sector.EDUCATION, Sector.RESEARCH)
			.founded(1975, 4, 11)
			.describe("Haberde: Uludağ Üniversitesi. Eğitim Fakültesi'nden bir öğretim üyesi çalıştay serisinin "
					+ "5. buluşmasını yönetti."));
	}

	private void loadZanjan() {
		add(org("اداره کل تعاون، کار و رفاه اجتماعی استان زنجان", OrganizationKind.PUBLIC_AUTHORITY, "ZanjanCounty",
				36.6736, 48.4787)
			.as("zanjan-directorate")
			.sectors(Sector.EMPLOYMENT, Sector.SOCIAL_SERVICES)
			.describe("معاونت امور تعاون: ۷ راهبرد اساسی برای تحول در بخش تعاون، هر کدام با ۷ برنامه عملیاتی؛ "
					+ "تفاهم‌نامه با دانشگاه‌ها، تعاونی‌های دانش‌آموزی، فعال کردن تعاونی‌های نیمه‌فعال و غیرفعال "
					+ "و اعتبارات اشتغال‌زایی با ارائه طرح توجیهی."));
		add(org("وزارت تعاون، کار و رفاه اجتماعی", OrganizationKind.PUBLIC_AUTHORITY, "Tehran", 35.7000, 51.4000)
			.sectors(Sector.EMPLOYMENT, Sector.SOCIAL_SERVICES)
			.describe("معاونت امور تعاون وزارت، ۷ راهبرد اساسی را به استان‌ها ابلاغ کرد."));
		add(org("هیئت وزیران", OrganizationKind.PUBLIC_AUTHORITY, "Tehran", 35.6997, 51.4206)
			.describe("سند توسعه تعاون را در سال ۱۳۹۲ تصویب کرد و برای هر دستگاه اجرایی تکالیفی تعیین شد."));
		add(org("دانشگاه زنجان", OrganizationKind.UNIVERSITY, "ZanjanCounty", 36.6820, 48.4150).as("zanjan-university")
			.sectors(Sector.EDUCATION, Sector.RESEARCH)
			.describe("نمونه: خبر از تفاهم‌نامه‌های اداره کل تعاون با «تعدادی از دانشگاه‌ها» برای ترویج فعالیت "
					+ "دانش‌بنیان در قالب تعاونی می‌گوید و نام آن‌ها را نمی‌آورد."));
		add(org("خبرگزاری تسنیم", OrganizationKind.COMPANY, "Tehran", 35.7300, 51.4200).sectors(Sector.MEDIA));
		add(org("تعاونی دانش‌آموزی دبیرستان شهید بهشتی زنجان", OrganizationKind.COOPERATIVE, "ZanjanCounty", 36.6690,
				48.4960)
			.subKind("SCHOOL_STUDENT")
			.sectors(Sector.EDUCATION, Sector.TRADE)
			.members(120, 64)
			.founded(2025, 4, 20)
			.describe("نمونه: تعاونی دانش‌آموزی برای آشنایی دانش‌آموزان با فعالیت‌های تعاونی."));
		OrganizationDetails knives = add(org("تعاونی تولیدی چاقوسازان زنجان", OrganizationKind.COOPERATIVE,
				"ZanjanCounty", 36.6765, 48.5010)
			.subKind("PRODUCER")
			.sectors(Sector.HANDICRAFTS, Sector.MANUFACTURING)
			.members(35, 4)
			.employees(18, 3)
			.income(true)
			.certify("ISO 9001", LocalDate.of(2025, 9, 14))
			.founded(2009, 5, 10)
			.describe("نمونه: تعاونی غیرفعالی که در برنامه فعال کردن تعاونی‌های نیمه‌فعال و غیرفعال دوباره فعال شد.")
			.as("zanjan-knives"));
		knives = this.organizations.changeStatus(knives.id(), OrganizationStatus.SEMI_ACTIVE, LocalDate.of(2017, 3, 1),
				"کاهش سفارش‌ها و تعطیلی بخشی از کارگاه", null, LOADER);
		knives = this.organizations.changeStatus(knives.id(), OrganizationStatus.INACTIVE, LocalDate.of(2019, 6, 30),
				"سه سال بدون مجمع عمومی و بدون فعالیت اقتصادی", null, LOADER);
		this.organizations.changeStatus(knives.id(), OrganizationStatus.ACTIVE, LocalDate.of(2025, 5, 15),
				"فعال‌سازی مجدد در برنامه فعال کردن تعاونی‌های نیمه‌فعال و غیرفعال اداره کل", null, LOADER);
		OrganizationDetails union = add(org("اتحادیه تعاونی‌های تولیدی استان زنجان", OrganizationKind.COOPERATIVE_UNION,
				"ZanjanCounty", 36.6745, 48.4850)
			.sectors(Sector.MANUFACTURING, Sector.TRADE)
			.founded(2014, 2, 1)
			.describe("نمونه: اتحادیه برای تحکیم تعاملات شبکه‌ای بین تعاونی‌ها.")
			.as("zanjan-union"));
		this.organizations.changeStatus(union.id(), OrganizationStatus.SEMI_ACTIVE, LocalDate.of(2024, 1, 10),
				"کاهش مشارکت اعضا؛ در برنامه تقویت اتحادیه‌ها", null, LOADER);
	}

	private void loadAzerbaijan() {
		add(org("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi",
				OrganizationKind.PUBLIC_UNION, "Baku", 40.4093, 49.8671)
			.as("az-society")
			.legalForm("İctimai birlik")
			.sectors(Sector.WOMEN_RIGHTS, Sector.CIVIC_PARTICIPATION)
			.describe("\"Regionlarda qadın və qızların bələdiyyələrdə iştiraklarını genişləndirməklə gender "
					+ "bərabərliyinin təbliği\" layihəsi (QHT-lərə Dövlət Dəstəyi Agentliyinin maliyyə dəstəyi ilə): "
					+ "5 ay, Masallı və Astara rayonları, 22 dekabr 2024 bələdiyyə seçkiləri; 12 tədbir, "
					+ "40 qadın (2 qrup x 20 nəfər)."));
		add(org("Azərbaycan Respublikasının Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyi",
				OrganizationKind.PUBLIC_AUTHORITY, "Baku", 40.3780, 49.8480)
			.as("az-agency")
			.sectors(Sector.CIVIC_PARTICIPATION, Sector.FINANCE)
			.describe("Qadınların bələdiyyə seçkilərində iştirakı layihəsini maliyyələşdirir."));
	}

	/**
	 * The thematic group's host and speakers' organizations. The two support centres by
	 * their full names, as their own publications give them: the story shortens both to
	 * "…Ośrodek Wsparcia Ekonomii", and Wielkopolska's is the Wielkopolski Ośrodek
	 * Ekonomii Społecznej, an accredited OWES.
	 */
	private void loadSwietokrzyskie() {
		add(org("Centrum Integracji Społecznej w Skarżysku-Kamiennej", OrganizationKind.REINTEGRATION_ENTITY,
				"Skarżysko", 51.1130, 20.8700)
			.as("pl-cis")
			.subKind("CIS")
			.sectors(Sector.EMPLOYMENT, Sector.GASTRONOMY, Sector.TEXTILES, Sector.CONSTRUCTION, Sector.CLEANING)
			.describe("Pracownie: gastronomiczna, krawiecka, florystyczna i porządkowo-budowlana. 3 marca gościło "
					+ "II spotkanie Grupy Tematycznej ds. współpracy podmiotów o charakterze reintegracyjnym "
					+ "(CIS, KIS, ZAZ, WTZ)."));
		add(org("Spółdzielnia Socjalna „PROM”", OrganizationKind.COOPERATIVE, "Skarżysko", 51.1170, 20.8650)
			.as("pl-prom")
			.subKind("SOCIAL")
			.sectors(Sector.EMPLOYMENT)
			.income(true)
			.describe("Pierwsza spółdzielnia instytucjonalna w województwie świętokrzyskim, utworzona przez osoby, "
					+ "które ukończyły uczestnictwo w Centrum Integracji Społecznej w Skarżysku-Kamiennej."));
		add(org("Regionalny Ośrodek Polityki Społecznej w Kielcach", OrganizationKind.PUBLIC_AUTHORITY, "Kielce",
				50.8703, 20.6275)
			.as("pl-rops")
			.shortName("ROPS")
			.sectors(Sector.SOCIAL_SERVICES)
			.describe("Regionalny Ośrodek Polityki Społecznej Urzędu Marszałkowskiego Województwa Świętokrzyskiego. "
					+ "Realizuje projekt „Świętokrzyska Ekonomia Społeczna” (RPO WŚ 2014–2020, Oś priorytetowa 9, "
					+ "Działanie 9.3, Poddziałanie 9.3.2) i prowadzi Grupę Tematyczną ds. współpracy podmiotów "
					+ "o charakterze reintegracyjnym oraz Mapę podmiotów Ekonomii Społecznej. Badanie kondycji "
					+ "sektora ES: ok. 280 aktywnych podmiotów, prawie 3400 mieszkańców województwa jako pracownicy."));
		add(org("Urząd Marszałkowski Województwa Świętokrzyskiego", OrganizationKind.PUBLIC_AUTHORITY, "Kielce",
				50.8727, 20.6310)
			.address("al. IX Wieków Kielc 3, 25-516 Kielce")
			.sectors(Sector.SOCIAL_SERVICES));
		add(org("Świętokrzyski Ośrodek Wsparcia Ekonomii Społecznej", OrganizationKind.SUPPORT_CENTRE, "Kielce",
				50.8661, 20.6286)
			.as("pl-sowes")
			.shortName("ŚOWES")
			.sectors(Sector.EMPLOYMENT, Sector.EDUCATION)
			.website("https://www.sowes.pl")
			.describe("OWES subregionu południowego województwa świętokrzyskiego (lider: Caritas Diecezji "
					+ "Kieleckiej). Na II spotkaniu Grupy Tematycznej przedstawił rolę OWES-ów we wzmacnianiu "
					+ "sektora ekonomii społecznej."));
		add(org("Wielkopolski Ośrodek Ekonomii Społecznej", OrganizationKind.SUPPORT_CENTRE, "Poznań", 52.4064, 16.9252)
			.shortName("WOES")
			.sectors(Sector.EMPLOYMENT, Sector.EDUCATION)
			.describe("Akredytowany ośrodek wsparcia ekonomii społecznej (OWES) prowadzony przez Stowarzyszenie "
					+ "Na Rzecz Spółdzielni Socjalnych; w relacji ze spotkania: Wielkopolski Ośrodek Wsparcia "
					+ "Ekonomii. Koordynator działu ds. animacji i partnerstw lokalnych był ekspertem II spotkania "
					+ "Grupy Tematycznej."));
		add(org("Stowarzyszenie Na Rzecz Spółdzielni Socjalnych", OrganizationKind.ASSOCIATION, "Poznań", 52.4064,
				16.9252)
			.as("pl-association")
			.sectors(Sector.EMPLOYMENT, Sector.SOCIAL_SERVICES)
			.describe("Tworzy i wspiera podmioty ekonomii społecznej, prowadzi Wielkopolski Ośrodek Ekonomii "
					+ "Społecznej. Jego ekspert mówił na II spotkaniu Grupy Tematycznej o zakładaniu spółdzielni "
					+ "socjalnych przy podmiotach reintegracyjnych."));
	}

	private void place(String key, String parentKey, RegionLevel level, String name, String isoCode,
			String nationalCode, Map<Language, String> names) {
		UUID parent = (parentKey != null) ? this.places.get(parentKey) : null;
		this.places.put(key,
				this.regions.create(new RegionDraft(name, names, level, isoCode, nationalCode, parent), LOADER).id());
	}

	private static Map<Language, String> in(String en, String tr, String az, String fa, String pl) {
		return Map.of(Language.EN, en, Language.TR, tr, Language.AZ, az, Language.FA, fa, Language.PL, pl);
	}

	private DemoOrganization org(String name, OrganizationKind kind, String placeKey, double latitude,
			double longitude) {
		return new DemoOrganization(name, kind, this.places.get(placeKey), latitude, longitude);
	}

	private OrganizationDetails add(DemoOrganization organization) {
		OrganizationDetails added = this.organizations.create(organization.draft(), OrganizationStatus.ACTIVE, LOADER);
		if (organization.key != null) {
			this.organizationIds.put(organization.key, added.id());
		}
		return added;
	}

	/** A small builder, so that each story reads as a list. */
	private static final class DemoOrganization {

		private final String name;

		private final OrganizationKind kind;

		private final UUID regionId;

		private final double latitude;

		private final double longitude;

		private String shortName;

		private String subKind;

		private String legalForm;

		private String address;

		private String website;

		private String description;

		private LocalDate foundedOn;

		private Set<Sector> sectors = Set.of();

		private Integer membersTotal;

		private Integer membersWomen;

		private Integer employeesTotal;

		private Integer employeesWomen;

		private Boolean incomeGenerating;

		private List<Certification> certifications = List.of();

		private String key;

		DemoOrganization(String name, OrganizationKind kind, UUID regionId, double latitude, double longitude) {
			this.name = name;
			this.kind = kind;
			this.regionId = regionId;
			this.latitude = latitude;
			this.longitude = longitude;
		}

		/** The key the events find this organization by. */
		DemoOrganization as(String key) {
			this.key = key;
			return this;
		}

		DemoOrganization shortName(String shortName) {
			this.shortName = shortName;
			return this;
		}

		DemoOrganization subKind(String subKind) {
			this.subKind = subKind;
			return this;
		}

		DemoOrganization legalForm(String legalForm) {
			this.legalForm = legalForm;
			return this;
		}

		DemoOrganization address(String address) {
			this.address = address;
			return this;
		}

		DemoOrganization website(String website) {
			this.website = website;
			return this;
		}

		DemoOrganization describe(String description) {
			this.description = description;
			return this;
		}

		DemoOrganization founded(int year, int month, int day) {
			this.foundedOn = LocalDate.of(year, month, day);
			return this;
		}

		DemoOrganization sectors(Sector... sectors) {
			this.sectors = Set.of(sectors);
			return this;
		}

		DemoOrganization members(int total, int women) {
			this.membersTotal = total;
			this.membersWomen = women;
			return this;
		}

		DemoOrganization employees(int total, int women) {
			this.employeesTotal = total;
			this.employeesWomen = women;
			return this;
		}

		DemoOrganization income(boolean incomeGenerating) {
			this.incomeGenerating = incomeGenerating;
			return this;
		}

		DemoOrganization certify(String certificate, LocalDate issuedOn) {
			this.certifications = List.of(new Certification(certificate, issuedOn));
			return this;
		}

		OrganizationDraft draft() {
			return new OrganizationDraft(this.name, this.shortName, this.kind, this.subKind, this.legalForm, null,
					Map.of(), this.foundedOn, this.regionId, this.address, this.latitude, this.longitude, this.sectors,
					this.membersTotal, this.membersWomen, this.employeesTotal, this.employeesWomen,
					this.incomeGenerating, this.certifications, this.website, null, null, this.description);
		}

	}

}
