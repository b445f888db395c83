import { createApp } from "vue";
import "dispute-calc/element";
import App from "./App.vue";

createApp(App).mount("#app");
