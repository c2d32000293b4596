console.log("build-dictionaries: placeholder until the dictionary sources land")
