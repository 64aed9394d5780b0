package com.geniusharmony.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTests {

	@Test
	void spellsJavaPropertyPathsInSnakeCase() {
		assertThat(FieldNames.toApi("firstName")).isEqualTo("first_name");
		assertThat(FieldNames.toApi("assigneeIds[2]")).isEqualTo("assignee_ids[2]");
		assertThat(FieldNames.toApi("owner.startDate")).isEqualTo("owner.start_date");
		assertThat(FieldNames.toApi("title")).isEqualTo("title");
	}

}
