# Build stage: the whole Maven reactor, tests skipped (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY calendar-sync/pom.xml calendar-sync/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline -pl bot -am || true
COPY calendar-sync calendar-sync
COPY bot bot
RUN mvn -B -q -DskipTests package

# Run stage: a JRE and the fat jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home mentorbot
USER mentorbot
WORKDIR /home/mentorbot
COPY --from=build /src/bot/target/mentorbot.jar app.jar
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD wget -qO- http://localhost:8080/actuator/health || exit 1
# A short GC pause goal: the default (200 ms) let single young collections stall every reply by up to 240 ms under
# load; see docs/benchmarks.md.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:MaxGCPauseMillis=20", "-jar", "app.jar"]
