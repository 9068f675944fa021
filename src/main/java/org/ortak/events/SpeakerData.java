package org.ortak.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.people.PersonalData;

/**
 * What the agendas and action items hold of a person, for their export and erasure: the
 * sessions they spoke or moderated in with the function recorded, the actions they own.
 * Erased, the function and organization recorded with them go; the session keeps its
 * place for an anonymous speaker.
 */
@Component
class SpeakerData implements PersonalData {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public String section() {
		return "sessionsAndActions";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID personId) {
		List<Map<String, Object>> list = new ArrayList<>();
		List<Object[]> sessions = this.entityManager
			.createQuery("select s.title, p.role, p.function, p.organizationName from AgendaSession s join s.people p "
					+ "where p.personId = :person", Object[].class)
			.setParameter("person", personId)
			.getResultList();
		for (Object[] row : sessions) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("session", row[0]);
			item.put("role", row[1]);
			item.put("function", row[2]);
			item.put("organizationName", row[3]);
			list.add(item);
		}
		List<String> actions = this.entityManager
			.createQuery("select a.title from ActionItem a where a.ownerPersonId = :person", String.class)
			.setParameter("person", personId)
			.getResultList();
		actions.forEach((title) -> list.add(Map.of("actionOwned", title)));
		return list;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.entityManager
			.createNativeQuery(
					"update session_person set function = null, organization_name = null where person_id = :person")
			.setParameter("person", personId)
			.executeUpdate();
	}

}
