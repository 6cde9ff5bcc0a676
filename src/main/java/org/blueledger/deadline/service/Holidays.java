package org.blueledger.deadline.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/** The working calendar of deadlines: weekends plus the holidays of config/holidays.properties. */
@ApplicationScoped
public class Holidays {

    private static final Logger LOG = Logger.getLogger(Holidays.class.getName());

    private WorkingCalendar calendar;

    @PostConstruct
    void load() {
        Set<LocalDate> days = new HashSet<>();
        ConfigProvider.getConfig().getOptionalValue("blueledger.holidays.file", String.class).map(Path::of)
                .filter(Files::isRegularFile).ifPresent(file -> {
                    try {
                        for (String line : Files.readAllLines(file)) {
                            String l = line.strip();
                            if (!l.isEmpty() && !l.startsWith("#")) {
                                days.add(LocalDate.parse(l.split("=")[0].strip()));
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        calendar = new WorkingCalendar(Set.copyOf(days));
        LOG.info(() -> "Working calendar: weekends and " + days.size() + " holidays.");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
