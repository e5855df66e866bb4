# syntax=docker/dockerfile:1
# Coinwire: one image for the web tier (`coinwire run`) and the workers (`coinwire ingest`).
#   docker build -t coinwire .
#   docker run -p 5080:5080 -v coinwire-data:/data coinwire            # SQLite in /data
# See docs/operations.md for configuration (COINWIRE__Section__Key variables) and compose.yaml for PostgreSQL.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so code changes reuse the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Coinwire/Coinwire.csproj src/Coinwire/
COPY src/Coinwire.App/Coinwire.App.csproj src/Coinwire.App/
RUN dotnet restore src/Coinwire.App/Coinwire.App.csproj
COPY src/ src/
COPY samples/ samples/
RUN dotnet publish src/Coinwire.App/Coinwire.App.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY sources.yaml ./
# The image's unprivileged "app" user ($APP_UID) owns the data folder and nothing else.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
VOLUME /data
ENV COINWIRE__Web__Host=* \
    COINWIRE__Logging__Format=json \
    DOTNET_gcServer=0
EXPOSE 5080
# The runtime image has no curl; bash's /dev/tcp asks /healthz (200 when the store answers) with no extra package.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/5080 && printf "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["/app/coinwire"]
CMD ["run", "--data", "/data", "--port", "5080"]
