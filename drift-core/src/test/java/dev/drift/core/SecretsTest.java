package dev.drift.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.fleet.TenantScan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://user:Sekret1@host/db|jdbc:postgresql://user:***@host/db",
            "postgresql://app:Sekret1@db1:5432,db2/x?sslmode=require|postgresql://app:***@db1:5432,db2/x?sslmode=require",
            "postgres://app:p@ss/w0rd@db/x|postgres://app:***@db/x",
            "unknown host user:Sekret1@host|unknown host user:***@host",
            "jdbc:postgresql://db/x?user=app&password=Sekret1&ssl=true|jdbc:postgresql://db/x?user=app&password=***&ssl=true",
            "jdbc:postgresql://db/x?sslpassword=Sekret1|jdbc:postgresql://db/x?sslpassword=***",
            "host=db password='a b\\' c' dbname=x|host=db password='***' dbname=x",
            "host=db PASSWORD = Sekret1 dbname=x|host=db PASSWORD = *** dbname=x",
            "PGPASSWORD=Sekret1 drift diff|PGPASSWORD=*** drift diff",
            "Unknown option: '--refrence=postgresql://app:Sekret1@db/x'|Unknown option: '--refrence=postgresql://app:***@db/x'",
    })
    void everyUrlFormLosesItsPassword(String text, String expected) {
        assertThat(Secrets.redact(text)).isEqualTo(expected).doesNotContain("Sekret1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cannot connect to db:5432/tenant_a: connection refused",
            "jdbc:postgresql://db:5432/x?user=app@corp",
            "postgresql://app@db/x",
            "ALTER TABLE public.orders ADD COLUMN external_id text;",
            "at 10:30 the job ran",
    })
    void textWithoutSecretsIsUnchanged(String text) {
        assertThat(Secrets.redact(text)).isEqualTo(text);
    }

    @Test
    void knownSecretsAreMaskedWherever() {
        assertThat(Secrets.redact("the server said Sekret1 twice: Sekret1", List.of("Sekret1", "pw")))
                .isEqualTo("the server said *** twice: ***");
    }

    @Test
    void exceptionsAndFailedTenantsCarryNoPassword() {
        assertThat(new DriftException("cannot connect to postgresql://a:Sekret1@h/db").getMessage())
                .isEqualTo("cannot connect to postgresql://a:***@h/db");
        assertThat(new TenantScan.Failed("acme", "unknown host app:Sekret1@h").reason())
                .isEqualTo("unknown host app:***@h");
    }
}
