# syntax=docker/dockerfile:1
# The service's image, built from the sources in one command: docker compose up --build (or docker build -t verbatim .).
# The first stage builds with Maven; the image keeps only a JRE and the built application. The database comes from
# outside: docker-compose.yml runs PostgreSQL 16 beside it. Never built here (no Docker engine on the machine that
# wrote it): DeploymentFilesTest checks what it can without one.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml openapi.yaml ./
COPY .mvn/ .mvn/
COPY db/ db/
COPY src/main/ src/main/
# The Maven repository is a build cache, so a rebuild after a source change downloads nothing again.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B --no-transfer-progress -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /build/target/quarkus-app/lib/ lib/
COPY --from=build /build/target/quarkus-app/*.jar ./
COPY --from=build /build/target/quarkus-app/app/ app/
COPY --from=build /build/target/quarkus-app/quarkus/ quarkus/
EXPOSE 8080
USER 185
# application.properties binds to 127.0.0.1 for a run on a workstation; in a container the port must be reachable
# from outside it.
ENV QUARKUS_HTTP_HOST=0.0.0.0
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "quarkus-run.jar"]
