/** Entry point: mounts the explorer. */
import { mount } from "svelte";
import App from "./app/App.svelte";
import "./app/global.css";

const target = document.getElementById("app");
if (!target) throw new Error("#app element missing from index.html");
mount(App, { target });
