// A slow library server: the books take 2 seconds to come.
api.get("/api/books", {
  json: [
    { id: 1, title: "The Count of Monte Cristo" },
    { id: 2, title: "Holes" },
    { id: 3, title: "Long Walk to Freedom" },
  ],
  delay: 2000,
});
