package dev.kokoro.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A {@link JobSpec} as the JSON text stored with its job. */
final class JobSpecJson {
    // Specs stored by an older server may lack fields added since, or keep ones since removed.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JobSpecJson() {}

    static String write(JobSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job spec cannot be written as JSON", e);
        }
    }

    static JobSpec read(String json) {
        try {
            return JSON.readValue(json, JobSpec.class);
        } catch (JsonProcessingException e) {
            throw new JobStoreException("A stored job spec is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
