// The classes the API sends, as JSON.
api.get("/api/classes", {
  json: [
    { id: 1, day: "Monday", name: "Reading group" },
    { id: 2, day: "Wednesday", name: "Maths" },
    { id: 3, day: "Friday", name: "Cooking" },
  ],
});
