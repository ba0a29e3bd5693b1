# GcmBot: build with the .NET SDK, run on the ASP.NET runtime as a non-root user.
# The subscription database lives on the /data volume so subscriptions survive redeploys.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GcmBot/GcmBot.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# AllowedHosts: the host names clients may use (Host header); set it to the bot's public name,
# e.g. docker run -e AllowedHosts=gcmbot.example.org. The default admits only local callers.
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://+:8080 \
    AllowedHosts=localhost;127.0.0.1 \
    Digest__DatabasePath=/data/gcmbot.db \
    Teams__StatePath=/data/teams.db
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["dotnet", "GcmBot.dll", "healthcheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "GcmBot.dll"]
