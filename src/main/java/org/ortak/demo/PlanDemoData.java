package org.ortak.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.indicators.Frequency;
import org.ortak.indicators.Period;
import org.ortak.indicators.PeriodCalendar;
import org.ortak.plans.Agency;
import org.ortak.plans.AgencyRole;
import org.ortak.plans.ItemDraft;
import org.ortak.plans.ItemStatus;
import org.ortak.plans.ItemView;
import org.ortak.plans.PlanDraft;
import org.ortak.plans.PlanStatus;
import org.ortak.plans.PlanView;
import org.ortak.plans.Plans;
import org.ortak.shared.security.Actor;

/**
 * The Zanjan story's plan: the year's actions of the provincial directorate of
 * cooperatives, labour and social welfare on the 7 basic strategies for transforming the
 * cooperative sector, each with 7 operational programmes, under the Cooperative
 * Development Document adopted by the Council of Ministers in 1392. Strategies and the
 * programmes the story names are titled as it names them (in Persian, with English); the
 * other programmes are marked as examples. The story names the year of the document
 * alone, so its first day stands for the adoption day, and "this year" is the Solar Hijri
 * year of the day the demo is loaded. The statuses follow the story: the MoUs with the
 * universities are made, the unions and the promotion under way, the rest planned.
 */
@Component
class PlanDemoData {

	private final Plans plans;

	private final Clock clock;

	PlanDemoData(Plans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	/** A programme the story names, in Persian and English, with its status. */
	private record Named(String fa, String en, ItemStatus status, String supporter) {
	}

	Map<String, UUID> load(Map<String, UUID> organizations, Actor loader) {
		Period year = Period.containing(LocalDate.now(this.clock), PeriodCalendar.SOLAR_HIJRI, Frequency.YEAR);
		UUID directorate = organizations.get("zanjan-directorate");
		PlanView plan = this.plans.create(new PlanDraft("ZNJ-" + year.year(), texts(
				"برنامه سالانه مدیریت امور تعاون استان زنجان بر مبنای ۷ راهبرد اساسی تحول در بخش تعاون",
				"Zanjan cooperative affairs: the year's programme on the 7 basic strategies for transforming the cooperative sector"),
				"اقدامات امسال مدیریت امور تعاون اداره کل تعاون، کار و رفاه اجتماعی استان زنجان بر مبنای ۷ راهبرد اساسی "
						+ "که معاونت امور تعاون وزارت تعاون، کار و رفاه اجتماعی ابلاغ کرده است؛ برای هر راهبرد ۷ برنامه عملیاتی.",
				directorate, PlanStatus.ADOPTED, year.start(), year.end(), "سند توسعه تعاون (مصوب هیئت وزیران)", null,
				Period.parse("SH1392").start(), List.of()), loader);
		String[][] strategies = { { "ترویج فرهنگ تعاون", "Promoting the culture of cooperation" },
				{ "تقویت همکاری‌های بین‌دستگاهی", "Strengthening inter-agency cooperation" },
				{ "تحکیم تعاملات شبکه‌ای", "Consolidating network interactions" },
				{ "تامین مشوق‌ها و منابع مالی", "Providing incentives and financial resources" },
				{ "توسعه بازار تعاونی‌ها و تقویت برند تعاونی‌ها",
						"Developing cooperatives' markets and strengthening cooperative brands" },
				{ "تعمیم نظارت بر تعاونی‌ها", "Extending the supervision of cooperatives" },
				{ "توسعه مدیریت و توانمندسازی منابع انسانی تعاونی‌ها",
						"Developing management and the human resources of cooperatives" } };
		Map<Integer, List<Named>> named = Map
			.of(1, List.of(
					new Named("تاسیس تعاونی‌های دانش‌آموزی در مدارس", "Founding student cooperatives in schools",
							ItemStatus.PLANNED, null),
					new Named("تفاهم‌نامه با دانشگاه‌های استان برای شرکت‌های دانش‌بنیان تعاونی",
							"MoUs with the province's universities for knowledge-based companies in cooperative form",
							ItemStatus.DONE, "zanjan-university"),
					new Named("برگزاری همایش‌ها و انتشار تولیدات ترویجی",
							"Holding conferences and publishing promotional material", ItemStatus.IN_PROGRESS, null)),
					3,
					List.of(new Named("تقویت و ایجاد اتحادیه‌های تعاونی",
							"Strengthening and founding cooperative unions", ItemStatus.IN_PROGRESS, "zanjan-union"),
							new Named("ایجاد شبکه بین تعاونی‌ها", "Building networks between cooperatives",
									ItemStatus.IN_PROGRESS, "zanjan-union")),
					4,
					List.of(new Named("اعتبارات اشتغال‌زایی برای طرح‌های توجیهی شرکت‌های تعاونی",
							"Employment credits for cooperatives' feasibility plans", ItemStatus.PLANNED, null),
							new Named("ترغیب تعاونی‌های فعال و موفق به اجرای طرح‌های توسعه‌ای",
									"Encouraging active, successful cooperatives to carry out development plans",
									ItemStatus.PLANNED, null)),
					5,
					List.of(new Named("کمک به اخذ ایزو و استقرار چرخه بهره‌وری در شرکت‌های تعاونی",
							"Helping cooperatives obtain ISO certification and set up a productivity cycle",
							ItemStatus.PLANNED, null)),
					6, List.of(new Named("فعال کردن تعاونی‌های نیمه‌فعال و غیرفعال",
							"Reactivating semi-active and inactive cooperatives", ItemStatus.PLANNED, null)));
		Map<String, UUID> ids = new LinkedHashMap<>();
		ids.put("zanjan-plan", plan.id());
		for (int s = 1; s <= strategies.length; s++) {
			ItemView strategy = this.plans.addItem(plan.id(),
					new ItemDraft(null, s, String.valueOf(s), texts(strategies[s - 1][0], strategies[s - 1][1]), null,
							ItemStatus.IN_PROGRESS, false, year.start(), year.end(),
							List.of(new Agency(directorate, AgencyRole.LEAD, null))),
					loader);
			ids.put("zanjan-strategy-" + s, strategy.id());
			List<Named> programmes = named.getOrDefault(s, List.of());
			for (int p = 1; p <= 7; p++) {
				Named programme = (p <= programmes.size()) ? programmes.get(p - 1) : null;
				List<Agency> agencies = ((programme != null) && programme.supporter() != null)
						? List.of(new Agency(directorate, AgencyRole.LEAD, null),
								new Agency(organizations.get(programme.supporter()), AgencyRole.SUPPORTING, null))
						: List.of(new Agency(directorate, AgencyRole.LEAD, null));
				ItemView item = this.plans.addItem(plan.id(),
						new ItemDraft(strategy.id(), p, s + "." + p,
								(programme != null) ? texts(programme.fa(), programme.en())
										: texts("برنامه عملیاتی " + s + "." + p + " (نمونه)",
												"Operational programme " + s + "." + p + " (example)"),
								null, (programme != null) ? programme.status() : ItemStatus.PLANNED, programme == null,
								year.start(), year.end(), agencies),
						loader);
				ids.put("zanjan-programme-" + s + "." + p, item.id());
			}
		}
		return ids;
	}

	private static Map<String, String> texts(String fa, String en) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("fa", fa);
		texts.put("en", en);
		return texts;
	}

}
