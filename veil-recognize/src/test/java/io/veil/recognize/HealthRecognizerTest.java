package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthRecognizerTest {

    private final HealthRecognizer health = new HealthRecognizer();

    private List<String> found(String text) {
        return new OverlapResolver().resolve(health.find(text, 1)).stream()
                .peek(f -> assertThat(f.category()).isEqualTo(Category.HEALTH_INFORMATION))
                .map(f -> f.value() + "/" + f.attributes().get("health_type")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The patient was prescribed metformin 500 mg for type 2 diabetes.      | metformin/medication,type 2 diabetes/condition",
            "Patientin leidet an Multiple Sklerose, Medikation: Interferon.          | Multiple Sklerose/condition",
            "Diagnose: Typ-2-Diabetes, verordnet Metformin 1000 mg                   | Typ-2-Diabetes/condition,Metformin/medication",
            "Le patient est traité par amlodipine 5 mg pour hypertension             | amlodipine/medication,hypertension/condition",
            "Paciente diagnosticada de esquizofrenia, tratamiento con olanzapina      | esquizofrenia/condition,olanzapina/medication",
            "Il paziente soffre di epilessia e assume levetiracetam                    | epilessia/condition,levetiracetam/medication",
            "De patiënt is gediagnosticeerd met depressie                             | depressie/condition",
            "ICD-10: F32.1                                                            | F32.1/icd10",
            "Hauptdiagnose E11.9 (Diabetes)                                           | E11.9/icd10,Diabetes/condition",
            "Admitted to hospital with J18.9 and atrial fibrillation                   | J18.9/icd10,atrial fibrillation/condition",
            "She takes sertraline 50 mg daily.                                        | sertraline/medication",
            "History of HIV, on dolutegravir.                                         | HIV/condition,dolutegravir/medication",
    })
    void mustMatch(String text, String expected) {
        assertThat(found(text)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The depression of 1929 hit farmers hard.",
            "He won the 200 m stroke final.",
            "Seat F32 on the upper deck, gate B12.",
            "Diabetes research funding rose in 2024.",
            "Our cancer charity run starts at 9.",
            "Room A12 is booked for the insulin pricing workshop.",
    })
    void mustNotMatch(String text) {
        assertThat(found(text)).isEmpty();
    }
}
