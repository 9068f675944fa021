package org.ortak.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.ortak.agreements.AgreementDraft;
import org.ortak.agreements.AgreementKind;
import org.ortak.agreements.AgreementStatus;
import org.ortak.agreements.AgreementView;
import org.ortak.agreements.AgreementVisibility;
import org.ortak.agreements.Agreements;
import org.ortak.agreements.ObligationDraft;
import org.ortak.agreements.ObligationStatus;
import org.ortak.agreements.Signatory;
import org.ortak.shared.security.Actor;

/**
 * The Zanjan story's memorandum of understanding between the provincial directorate of
 * cooperatives, labour and social welfare and Zanjan University, to promote
 * knowledge-based companies in cooperative form, kept in Persian with its obligations.
 * The story gives no dates: the demo places them around the day it is loaded, so that its
 * lists (ending soon, overdue, due soon) show something on a fresh start. The
 * university's signatory is not named in the story, so none is recorded.
 */
@Component
class AgreementDemoData {

	private final Agreements agreements;

	private final Clock clock;

	AgreementDemoData(Agreements agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	void load(Map<String, UUID> organizations, Map<String, UUID> networks, Actor loader) {
		LocalDate today = LocalDate.now(this.clock);
		UUID directorate = organizations.get("zanjan-directorate");
		UUID university = organizations.get("zanjan-university");
		AgreementView mou = this.agreements.create(new AgreementDraft(AgreementKind.MOU, AgreementStatus.ACTIVE,
				AgreementVisibility.PUBLIC, "fa", "تفاهم‌نامه ترویج فرهنگ تعاون و شرکت‌های دانش‌بنیان تعاونی",
				"ترویج فعالیت دانشجویان و دانش‌آموختگان دانشگاه زنجان در قالب شرکت‌های دانش‌بنیان به صورت تعاونی، "
						+ "برای افزایش سهم بخش تعاون در اقتصاد استان، در راستای سند توسعه تعاون.",
				networks.get("zanjan-union"), today.minusYears(1).withDayOfMonth(1), today.plusDays(45),
				List.of(directorate, university), List.of(new Signatory(directorate, "دنیایی",
						"سرپرست معاونت امور تعاون", today.minusYears(1).withDayOfMonth(1))),
				List.of()), loader);
		this.agreements.addObligation(mou.id(),
				new ObligationDraft(directorate,
						"برگزاری کارگاه‌های آموزشی آشنایی با تعاونی‌های دانش‌بنیان برای دانشجویان",
						today.minusMonths(6), ObligationStatus.DONE, today.minusMonths(6)),
				loader);
		this.agreements.addObligation(mou.id(),
				new ObligationDraft(university, "معرفی طرح‌های دانشجویی آماده تشکیل شرکت تعاونی دانش‌بنیان به اداره کل",
						today.minusDays(20), ObligationStatus.OPEN, null),
				loader);
		this.agreements.addObligation(mou.id(),
				new ObligationDraft(directorate, "کمک به اخذ ایزو و استقرار چرخه بهره‌وری در تعاونی‌های تشکیل‌شده",
						today.plusDays(10), ObligationStatus.OPEN, null),
				loader);
	}

}
