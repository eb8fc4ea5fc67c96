// The visiting times the API sends when all is well.
api.get("/api/visits", {
  json: [
    { id: 1, day: "Saturday", time: "2pm to 4pm" },
    { id: 2, day: "Sunday", time: "10am to 12 noon" },
  ],
});
