package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/projects/{id}}: only the fields present change;
 * {@code "start_date": null} and {@code "end_date": null} clear a date.
 * {@code member_ids} replaces the members. The JSON names of the two-word fields are
 * written out: the OpenAPI document reads this class with its own Jackson, which would
 * otherwise show the Java names.
 */
class UpdateProjectRequest {

	@Size(min = 1, max = 200)
	private @Nullable String name;

	@Size(max = 10000)
	private @Nullable String description;

	@JsonProperty("owner_id")
	@Size(min = 1, max = 40)
	private @Nullable String ownerId;

	@JsonProperty("member_ids")
	@Size(max = 1000)
	private @Nullable List<@NotBlank @Size(max = 40) String> memberIds;

	@JsonProperty("start_date")
	private @Nullable LocalDate startDate;

	private boolean startDateSet;

	@JsonProperty("end_date")
	private @Nullable LocalDate endDate;

	private boolean endDateSet;

	@Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	@Nullable String getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(@Nullable String ownerId) {
		this.ownerId = ownerId;
	}

	@Nullable List<String> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(@Nullable List<String> memberIds) {
		this.memberIds = memberIds;
	}

	@Nullable LocalDate startDate(@Nullable LocalDate current) {
		return this.startDateSet ? this.startDate : current;
	}

	public void setStartDate(@Nullable LocalDate startDate) {
		this.startDate = startDate;
		this.startDateSet = true;
	}

	@Nullable LocalDate endDate(@Nullable LocalDate current) {
		return this.endDateSet ? this.endDate : current;
	}

	public void setEndDate(@Nullable LocalDate endDate) {
		this.endDate = endDate;
		this.endDateSet = true;
	}

}
